package sg.gov.tech.efforts.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The site's colours, as Isomer's {@code _config.yml} {@code colors:} (or the project's {@code site.yml}) sets them:
 * the primary colour behind the page-title band, the secondary colour of links, headings, buttons, the notification
 * and the previous/next bar, and five media colours behind resource-room cards. Every colour is a lower-case
 * {@code #rrggbb}.
 *
 * @param primary behind white text: the page-title band and key highlights
 * @param secondary text on white (links, headings) and behind white text (buttons, notification, pager)
 * @param media the five media colours, behind white text on cards
 */
public record Brand(String primary, String secondary, List<String> media) {

	/** How many media colours a brand has, as Isomer's theme uses them. */
	public static final int MEDIA_COLOURS = 5;

	/** WCAG 2.1 AA's minimum contrast for normal-size text. */
	public static final double AA = 4.5;

	/** The tinted background of alternate homepage sections, on which secondary-coloured links also show. */
	static final String TINT = "#f2f5f9";

	/** The colours of a site that sets none: the project's own navy and blue, and darker shades for cards. */
	public static final Brand DEFAULT = new Brand("#0a2a4d", "#0b5cad",
			List.of("#0b5cad", "#5a2a82", "#00695c", "#8a3b12", "#3d3d3d"));

	private static final Pattern HEX = Pattern.compile("#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

	public Brand {
		if (media.size() != MEDIA_COLOURS) {
			throw new IllegalArgumentException("a brand has " + MEDIA_COLOURS + " media colours, not " + media.size());
		}
		media = List.copyOf(media);
	}

	/**
	 * A colour as editors write it.
	 * @param written {@code #abc}, {@code #aabbcc} (with or without the {@code #}), in any letter case
	 * @return the colour as {@code #aabbcc}, or empty when it is not one
	 */
	public static Optional<String> parse(String written) {
		String trimmed = written.strip();
		if (!HEX.matcher(trimmed).matches()) {
			return Optional.empty();
		}
		String digits = trimmed.startsWith("#") ? trimmed.substring(1) : trimmed;
		if (digits.length() == 3) {
			digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1) + digits.charAt(2)
					+ digits.charAt(2);
		}
		return Optional.of("#" + digits.toLowerCase(Locale.ROOT));
	}

	/**
	 * The same brand with every colour dark enough for its text to pass WCAG AA: one that fails is darkened, keeping
	 * its hue, until it passes.
	 * @param darkened told, for each colour changed, its key ({@code primary-color}, {@code secondary-color},
	 * {@code media-colors 3}) and what was wrong and done
	 * @return the readable brand
	 */
	public Brand readable(BiConsumer<String, String> darkened) {
		String primary = readable("primary-color", this.primary, "#ffffff", "white text on it", darkened);
		String secondary = readable("secondary-color", this.secondary, TINT,
				"it as text on white and tinted backgrounds, and white text on it", darkened);
		List<String> media = new ArrayList<>();
		for (int i = 0; i < this.media.size(); i++) {
			media.add(readable("media-colors " + (i + 1), this.media.get(i), "#ffffff", "white text on it", darkened));
		}
		return new Brand(primary, secondary, media);
	}

	private static String readable(String key, String colour, String against, String use,
			BiConsumer<String, String> darkened) {
		double ratio = contrast(colour, against);
		if (ratio >= AA) {
			return colour;
		}
		String darker = darkenedFor(colour, against);
		darkened.accept(key, String.format(Locale.ROOT,
				"the colour %s gives %s a contrast of %.2f:1, under WCAG AA's %.1f:1; it is shown as %s (%.2f:1)",
				colour, use, ratio, AA, darker, contrast(darker, against)));
		return darker;
	}

	/** @return the colour with its HSL lightness lowered step by step until it contrasts with a light background */
	static String darkenedFor(String colour, String against) {
		double[] hsl = hsl(rgb(colour));
		String candidate = colour;
		while (contrast(candidate, against) < AA && hsl[2] > 0) {
			hsl[2] = Math.max(0, hsl[2] - 0.01);
			candidate = hex(fromHsl(hsl));
		}
		return candidate;
	}

	/** @return the WCAG contrast ratio of two colours, from 1 to 21 */
	public static double contrast(String one, String other) {
		double a = luminance(rgb(one));
		double b = luminance(rgb(other));
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}

	private static double luminance(int[] rgb) {
		double[] linear = new double[3];
		for (int i = 0; i < 3; i++) {
			double channel = rgb[i] / 255.0;
			linear[i] = (channel <= 0.04045) ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
	}

	private static int[] rgb(String colour) {
		int value = Integer.parseInt(colour.substring(1), 16);
		return new int[] { (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff };
	}

	private static String hex(int[] rgb) {
		return String.format("#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
	}

	private static double[] hsl(int[] rgb) {
		double r = rgb[0] / 255.0;
		double g = rgb[1] / 255.0;
		double b = rgb[2] / 255.0;
		double max = Math.max(r, Math.max(g, b));
		double min = Math.min(r, Math.min(g, b));
		double lightness = (max + min) / 2;
		double delta = max - min;
		if (delta == 0) {
			return new double[] { 0, 0, lightness };
		}
		double saturation = delta / (1 - Math.abs(2 * lightness - 1));
		double hue;
		if (max == r) {
			hue = ((g - b) / delta) % 6;
		}
		else if (max == g) {
			hue = (b - r) / delta + 2;
		}
		else {
			hue = (r - g) / delta + 4;
		}
		return new double[] { (hue * 60 + 360) % 360, saturation, lightness };
	}

	private static int[] fromHsl(double[] hsl) {
		double chroma = (1 - Math.abs(2 * hsl[2] - 1)) * hsl[1];
		double x = chroma * (1 - Math.abs((hsl[0] / 60) % 2 - 1));
		double m = hsl[2] - chroma / 2;
		double[] rgb = switch ((int) (hsl[0] / 60) % 6) {
			case 0 -> new double[] { chroma, x, 0 };
			case 1 -> new double[] { x, chroma, 0 };
			case 2 -> new double[] { 0, chroma, x };
			case 3 -> new double[] { 0, x, chroma };
			case 4 -> new double[] { x, 0, chroma };
			default -> new double[] { chroma, 0, x };
		};
		return new int[] { channel(rgb[0] + m), channel(rgb[1] + m), channel(rgb[2] + m) };
	}

	private static int channel(double value) {
		return (int) Math.round(Math.max(0, Math.min(1, value)) * 255);
	}

}
