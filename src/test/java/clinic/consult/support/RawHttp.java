package clinic.consult.support;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Requests no client library would send (broken %-escapes, bytes as they are), written to the socket by hand. */
public final class RawHttp {

    private RawHttp() {}

    /** The status line's code and the whole response, headers included. */
    public record Answer(int status, String text) {}

    public static Answer get(String target) {
        try (var socket = new Socket("localhost", RestAssured.port)) {
            var request = "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            var text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Answer(Integer.parseInt(text.substring(9, 12)), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
