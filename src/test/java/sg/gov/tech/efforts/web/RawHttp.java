package sg.gov.tech.efforts.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Sends a request exactly as written over a plain socket: HTTP clients normalise or refuse the odd paths that
 * attackers send ({@code /../}, {@code %zz}, raw backslashes), so tests of those must bypass them.
 */
final class RawHttp {

	private RawHttp() {
	}

	/**
	 * Sends one request and reads the whole answer (the connection is closed after it).
	 * @param port the server's port
	 * @param method the method, as sent
	 * @param target the request target, as sent
	 * @param headers extra header lines, e.g. {@code "Accept: text/html"}; {@code Host: localhost} unless given
	 * @return the response
	 * @throws IOException when the server cannot be reached
	 */
	static Response send(int port, String method, String target, String... headers) throws IOException {
		StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
		if (Stream.of(headers).noneMatch((header) -> header.regionMatches(true, 0, "Host:", 0, 5))) {
			request.append("Host: localhost\r\n");
		}
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		request.append("Connection: close\r\n\r\n");
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return Response.parse(readAll(socket.getInputStream()));
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
				bytes.write(buffer, 0, read);
			}
		}
		catch (java.net.SocketException ex) {
			// a server that answers and then resets the connection has still answered
		}
		return bytes.toByteArray();
	}

	/**
	 * A response as received.
	 * @param status the status code
	 * @param headers the header lines, {@code Name: value}
	 * @param body the body, de-chunked, as UTF-8
	 */
	record Response(int status, List<String> headers, String body) {

		static Response parse(byte[] raw) {
			String text = new String(raw, StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			if (!text.startsWith("HTTP/1.1 ") || end < 0) {
				throw new IllegalStateException("Not an HTTP response: " + text.substring(0, Math.min(200, text.length())));
			}
			String[] lines = text.substring(0, end).split("\r\n");
			int status = Integer.parseInt(lines[0].substring(9, 12));
			List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
			String body = text.substring(end + 4);
			if (headers.stream().anyMatch((line) -> line.equalsIgnoreCase("Transfer-Encoding: chunked"))) {
				body = dechunk(body);
			}
			return new Response(status, headers, new String(body.getBytes(StandardCharsets.ISO_8859_1),
					StandardCharsets.UTF_8));
		}

		Optional<String> header(String name) {
			String prefix = name.toLowerCase(Locale.ROOT) + ":";
			return this.headers.stream()
				.filter((line) -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
				.map((line) -> line.substring(prefix.length()).trim())
				.findFirst();
		}

		private static String dechunk(String chunked) {
			StringBuilder body = new StringBuilder();
			int at = 0;
			while (true) {
				int lineEnd = chunked.indexOf("\r\n", at);
				int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
				if (size == 0) {
					return body.toString();
				}
				body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
				at = lineEnd + 2 + size + 2;
			}
		}

	}

}
