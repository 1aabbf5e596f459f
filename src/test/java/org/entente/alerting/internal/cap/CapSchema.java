package org.entente.alerting.internal.cap;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/** The independent check: the JDK's W3C XML Schema validator with the shipped OASIS schema {@code alerting/cap12.xsd}. */
public final class CapSchema {

    private static final Schema SCHEMA = load();

    private CapSchema() {
    }

    /** Nothing if {@code document} is valid CAP 1.2; the validator's complaint otherwise. */
    public static void validate(String document) throws SAXException, IOException {
        Validator validator = SCHEMA.newValidator();
        validator.validate(new StreamSource(new StringReader(document)));
    }

    private static Schema load() {
        URL xsd = CapSchema.class.getResource("/alerting/cap12.xsd");
        if (xsd == null) {
            throw new IllegalStateException("the CAP 1.2 schema is not on the class path at alerting/cap12.xsd");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("the shipped CAP 1.2 schema does not load", e);
        }
    }
}
