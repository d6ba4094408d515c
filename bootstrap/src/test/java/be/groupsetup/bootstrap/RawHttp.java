package be.groupsetup.bootstrap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * HTTP/1.1 written by hand on a socket to the loopback: every header as given, the {@code Host} included (which
 * {@code java.net.http.HttpClient} does not let a caller choose), for the requests a browser of the technician would
 * never send.
 */
final class RawHttp {

    private RawHttp() {
    }

    record Response(int status, List<String> headers, String body) {

        /** The first value of this header, if any (names compared without case). */
        Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).strip()).findFirst();
        }

        @Override
        public String toString() {
            return status + " " + headers + "\n" + body;
        }
    }

    static Response get(int port, String host, String target, String... headers) throws IOException {
        return exchange(port, "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n" + lines(headers)
                + "Connection: close\r\n\r\n");
    }

    static Response post(int port, String host, String target, Map<String, String> form, String... headers)
            throws IOException {
        String body = form.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return exchange(port, "POST " + target + " HTTP/1.1\r\nHost: " + host + "\r\n" + lines(headers)
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + bytes.length
                + "\r\nConnection: close\r\n\r\n" + body);
    }

    private static String lines(String... headers) {
        StringBuilder lines = new StringBuilder();
        for (String header : headers) {
            lines.append(header).append("\r\n");
        }
        return lines.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Response exchange(int port, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    private static Response parse(byte[] raw) throws IOException {
        String all = new String(raw, StandardCharsets.ISO_8859_1);
        int end = all.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("not an HTTP response: " + all);
        }
        List<String> head = new ArrayList<>(List.of(all.substring(0, end).split("\r\n")));
        String statusLine = head.remove(0);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        Response response = new Response(status, head, "");
        if (response.header("Transfer-Encoding").filter(value -> value.equalsIgnoreCase("chunked")).isPresent()) {
            body = unchunked(body);
        }
        return new Response(status, head, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunked(byte[] chunked) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        InputStream in = new java.io.ByteArrayInputStream(chunked);
        while (true) {
            StringBuilder size = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("a chunk's size is cut off");
                }
                size.append((char) c);
            }
            int length = Integer.parseInt(size.toString().strip().split(";")[0], 16);
            if (length == 0) {
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            in.readNBytes(2);
        }
    }
}
