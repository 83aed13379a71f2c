package sg.gov.tech.efforts.site;

/** Reads an {@code Accept-Encoding} request header, without building any collection per request. */
public final class AcceptEncoding {

	private AcceptEncoding() {
	}

	/**
	 * Whether a client takes gzip: it lists {@code gzip} (or {@code x-gzip}, or {@code *}) with a non-zero weight.
	 * @param header the header's value, or {@code null} when absent
	 * @return {@code true} when a gzip body may be sent
	 */
	public static boolean allowsGzip(String header) {
		if (header == null) {
			return false;
		}
		for (String coding : header.split(",")) {
			int semicolon = coding.indexOf(';');
			String name = ((semicolon < 0) ? coding : coding.substring(0, semicolon)).strip();
			if (name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip") || name.equals("*")) {
				return semicolon < 0 || !isZeroWeight(coding.substring(semicolon + 1));
			}
		}
		return false;
	}

	private static boolean isZeroWeight(String parameters) {
		for (String parameter : parameters.split(";")) {
			String[] pair = parameter.split("=", 2);
			if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("q")) {
				return pair[1].strip().matches("0(\\.0{0,3})?");
			}
		}
		return false;
	}

}
