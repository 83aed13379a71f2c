package sg.gov.tech.efforts.site.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import sg.gov.tech.efforts.model.Brand;
import sg.gov.tech.efforts.model.Digests;

/**
 * The site's own stylesheet: its colours as the custom properties {@code site.css} is written with
 * ({@code --color-primary}, {@code --color-secondary}, {@code --media-color-1} … {@code --media-color-5}) and its
 * typeface, Lato, served under a hash of its content so browsers keep it for good. (The fonts' rules are here rather
 * than in {@code site.css}, whose resource chain would rewrite their addresses and lose its own caching headers.)
 *
 * @param css the stylesheet
 * @param path where it is served, {@code /assets/brand/<hash>.css}
 */
public record BrandStylesheet(String css, String path) {

	/** Lato's {@code @font-face} rules, written by {@code scripts/subset-lato.sh} beside the fonts they name. */
	static final String FONTS = fonts();

	public static BrandStylesheet of(Brand brand) {
		StringBuilder css = new StringBuilder(FONTS).append(":root{");
		css.append("--color-primary:").append(brand.primary()).append(';');
		css.append("--color-secondary:").append(brand.secondary()).append(';');
		for (int i = 0; i < brand.media().size(); i++) {
			css.append("--media-color-").append(i + 1).append(':').append(brand.media().get(i)).append(';');
		}
		css.append("}\n");
		return new BrandStylesheet(css.toString(), "/assets/brand/" + hash(css.toString()) + ".css");
	}

	private static String fonts() {
		try (InputStream in = BrandStylesheet.class.getResourceAsStream("/static/fonts/lato.css")) {
			if (in == null) {
				throw new IllegalStateException("static/fonts/lato.css is missing: run scripts/subset-lato.sh");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String hash(String css) {
		return Digests.hex(Digests.sha256(css), 8);
	}

}
