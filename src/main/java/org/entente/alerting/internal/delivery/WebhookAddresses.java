package org.entente.alerting.internal.delivery;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where webhooks may be posted: to the public internet only, never to this machine or a private network (loopback,
 * site-local, link-local, unique-local, any-local or multicast addresses), so that an endpoint cannot make Entente probe or
 * post to services behind its firewall. Checked when an endpoint is registered and again before each delivery, on the
 * addresses the host name resolves to then (a name may be re-pointed). {@code entente.alerting.webhooks.private-addresses}
 * set to {@code true} allows them (receivers on the same machine or network, e.g. in tests or a closed deployment).
 */
@Component
public class WebhookAddresses {

    private final boolean privateAllowed;

    WebhookAddresses(@Value("${entente.alerting.webhooks.private-addresses:false}") boolean privateAllowed) {
        this.privateAllowed = privateAllowed;
    }

    /** Why a delivery may not go to {@code url}'s host now; empty when it may. */
    public Optional<String> refusal(URI url) {
        if (privateAllowed) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
                if (isPrivate(address)) {
                    return Optional.of(url.getHost() + " is " + address.getHostAddress() + ", an address of this machine or a private network");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("no address is known for " + url.getHost());
        }
    }

    static boolean isPrivate(InetAddress address) {
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress()
                || address.isMulticastAddress() || address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }
}
