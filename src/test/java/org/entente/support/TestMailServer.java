package org.entente.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * One real SMTP server (GreenMail) for the JVM's test contexts, started on a free port on first use and stopped when the
 * JVM ends; {@link DatabaseTest} points Spring's mail support at it. Tests read back the messages sent to their own
 * addresses (the server is shared, so each test mails addresses of its own).
 */
public final class TestMailServer {

    private static GreenMail server;

    private TestMailServer() {
    }

    /** The server, started on first use. */
    public static synchronized GreenMail shared() {
        if (server == null) {
            ServerSetup smtp = ServerSetupTest.SMTP.dynamicPort();
            server = new GreenMail(smtp);
            server.start();
            GreenMail started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
        }
        return server;
    }

    public static int port() {
        return shared().getSmtp().getPort();
    }

    /** The subjects of the messages received for {@code address}, in the order received. */
    public static List<String> subjects(String address) {
        return to(address).stream().map(message -> {
            try {
                return message.getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The messages received for {@code address}, in the order received. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(shared().getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
