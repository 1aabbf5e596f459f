package org.entente.alerting.internal.cap;

/** Published reference vectors: the examples of the CAP 1.2 standard (OASIS, 2010), Appendix A. */
final class OasisExamples {

    /** Appendix A.3, "Earthquake Report (Update Message)". */
    static final String EARTHQUAKE_UPDATE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
              <identifier>TRI13970876.2</identifier>
              <sender>trinet@caltech.edu</sender>
              <sent>2003-06-11T20:56:00-07:00</sent>
              <status>Actual</status>
              <msgType>Update</msgType>
              <scope>Public</scope>
              <references>trinet@caltech.edu,TRI13970876.1,2003-06-11T20:30:00-07:00</references>
              <info>
                <category>Geo</category>
                <event>Earthquake</event>
                <urgency>Past</urgency>
                <severity>Minor</severity>
                <certainty>Observed</certainty>
                <senderName>Southern California Seismic Network (TriNet) operated by Caltech and USGS</senderName>
                <headline>EQ 3.4 Imperial County CA</headline>
                <description>A minor earthquake measuring 3.4 on the Richter scale occurred near Brawley, California at 8:30 PM Pacific Daylight Time on Wednesday, June 11, 2003. (This event has now been reviewed by a seismologist)</description>
                <web>http://www.trinet.org/scsn/scsn.html</web>
                <parameter>
                  <valueName>EventID</valueName>
                  <value>13970876</value>
                </parameter>
                <parameter>
                  <valueName>Version</valueName>
                  <value>1</value>
                </parameter>
                <parameter>
                  <valueName>Magnitude</valueName>
                  <value>3.4 Ml</value>
                </parameter>
                <parameter>
                  <valueName>Depth</valueName>
                  <value>11.8 mi.</value>
                </parameter>
                <parameter>
                  <valueName>Quality</valueName>
                  <value>Excellent</value>
                </parameter>
                <area>
                  <areaDesc>1 mi. WSW of Brawley, CA; 11 mi. N of El Centro, CA; 30 mi. E of OCOTILLO (quarry); 1 mi. N of the Imperial Fault</areaDesc>
                  <circle>32.9525,-115.5527 0</circle>
                </area>
              </info>
            </alert>
            """;

    /** Appendix A.2, "Severe Thunderstorm Warning": its polygon. */
    static final String THUNDERSTORM_POLYGON = "38.47,-120.14 38.34,-119.95 38.52,-119.74 38.62,-119.89 38.47,-120.14";

    private OasisExamples() {
    }
}
