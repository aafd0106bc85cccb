package de.anliegen.privacy.control;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** IP addresses as the usage log keeps them: parsed without any name lookup, and shortened for retention. */
public final class IpAddresses {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    private IpAddresses() {}

    /** The address of an IPv4 or IPv6 literal; empty for anything else (a host name is never looked up). */
    public static Optional<InetAddress> parse(String literal) {
        if (literal == null) {
            return Optional.empty();
        }
        var address = literal.strip();
        var zone = address.indexOf('%');
        if (zone >= 0) {
            address = address.substring(0, zone);
        }
        var looksLikeIp = IPV4.matcher(address).matches()
                || (address.contains(":") && IPV6.matcher(address).matches());
        if (!looksLikeIp) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /**
     * The network the address lies in, without the part that names a single machine: IPv4 to its /24
     * ({@code 203.0.113.0}), IPv6 to its /48 ({@code 2001:db8:4:0:0:0:0:0}). Anything unparsable becomes "unknown".
     */
    public static String shorten(String literal) {
        return parse(literal)
                .map(address -> {
                    var bytes = address.getAddress();
                    var keep = address instanceof Inet4Address ? 3 : 6;
                    for (int i = keep; i < bytes.length; i++) {
                        bytes[i] = 0;
                    }
                    try {
                        return InetAddress.getByAddress(bytes).getHostAddress();
                    } catch (UnknownHostException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .orElse("unknown");
    }

    /** The address as 16 bytes (IPv4 mapped into IPv6, {@code ::ffff:a.b.c.d}), for range lookups. */
    public static byte[] sixteenBytes(InetAddress address) {
        var bytes = address.getAddress();
        if (bytes.length == 16) {
            return bytes;
        }
        var mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(bytes, 0, mapped, 12, 4);
        return mapped;
    }
}
