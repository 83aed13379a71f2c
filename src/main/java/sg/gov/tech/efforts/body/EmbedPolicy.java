package sg.gov.tech.efforts.body;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which hosts pages may embed in a frame or send a form to. Subdomains of a listed host count
 * ({@code www.youtube.com} for {@code youtube.com}).
 *
 * @param frameHosts hosts whose pages may be embedded in an {@code <iframe>}
 * @param formHosts hosts a {@code <form>} may post to
 */
public record EmbedPolicy(List<String> frameHosts, List<String> formHosts) {

	/** YouTube, Vimeo, FormSG, Google Maps, Docs and Forms, data.gov.sg. */
	public static final List<String> DEFAULT_FRAME_HOSTS = List.of("youtube.com", "youtube-nocookie.com",
			"player.vimeo.com", "form.gov.sg", "www.google.com", "maps.google.com", "docs.google.com",
			"data.gov.sg");

	/** FormSG and Google Forms. */
	public static final List<String> DEFAULT_FORM_HOSTS = List.of("form.gov.sg", "docs.google.com");

	public static final EmbedPolicy DEFAULT = new EmbedPolicy(DEFAULT_FRAME_HOSTS, DEFAULT_FORM_HOSTS);

	public EmbedPolicy {
		frameHosts = frameHosts.stream().map((host) -> host.strip().toLowerCase(Locale.ROOT)).toList();
		formHosts = formHosts.stream().map((host) -> host.strip().toLowerCase(Locale.ROOT)).toList();
	}

	/** @return the listed host an address leads to, if it is https and listed for frames */
	Optional<String> frameHost(String url) {
		return matching(url, this.frameHosts);
	}

	/** @return the listed host an address leads to, if it is https and listed for forms */
	Optional<String> formHost(String url) {
		return matching(url, this.formHosts);
	}

	static Optional<String> hostOf(String url) {
		try {
			URI uri = new URI(url.strip().startsWith("//") ? "https:" + url.strip() : url.strip());
			return Optional.ofNullable(uri.getHost()).map((host) -> host.toLowerCase(Locale.ROOT));
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
	}

	private static Optional<String> matching(String url, List<String> hosts) {
		String written = url.strip();
		if (!written.regionMatches(true, 0, "https://", 0, 8) && !written.startsWith("//")) {
			return Optional.empty();
		}
		return hostOf(written).filter((host) -> hosts.stream()
			.anyMatch((listed) -> host.equals(listed) || host.endsWith("." + listed)));
	}

}
