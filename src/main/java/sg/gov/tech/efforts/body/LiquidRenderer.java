package sg.gov.tech.efforts.body;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import liqp.Template;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.antlr.CharStreamWithLocation;
import liqp.exceptions.LiquidException;
import liqp.filters.Filter;
import liqp.org.antlr.v4.runtime.CharStreams;
import liqp.parser.Flavor;

import sg.gov.tech.efforts.settings.SiteTime;
import sg.gov.tech.efforts.source.ValidationReport;

/**
 * Liquid in an Isomer page, rendered before its Markdown as Jekyll renders it, with a real Liquid engine (Liqp, Jekyll
 * flavour): {@code site} and {@code page} variables, {@code {% include %}} of {@code _includes/} files and the Jekyll
 * filters pages use. An unknown tag, filter or variable is a warning naming its line and renders nothing: a visitor
 * never sees a literal {@code {{} or {@code {%}, and no page stops a load.
 */
public final class LiquidRenderer {

	/** Where Liqp says what went wrong: "on line 3, index 12". */
	private static final Pattern POSITION = Pattern.compile("line (\\d+), index (\\d+)");

	private static final Pattern ANY_MARKUP = Pattern.compile("\\{%-?.*?-?%\\}|\\{\\{-?.*?-?\\}\\}", Pattern.DOTALL);

	private static final Pattern HYPHENATED = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)+)");

	/** Repairs tried before the page's Liquid is given up on and taken out whole. */
	private static final int MAX_REPAIRS = 25;

	private final TemplateParser parser;

	/**
	 * @param includes the text of an {@code _includes/} file by its name, if there is one
	 */
	public LiquidRenderer(Function<String, Optional<String>> includes) {
		this.parser = new TemplateParser.Builder().withFlavor(Flavor.JEKYLL)
			.withStrictVariables(true)
			.withErrorMode(TemplateParser.ErrorMode.WARN)
			.withShowExceptionsFromInclude(true)
			.withMaxIterations(100_000)
			.withMaxRenderTimeMillis(5_000)
			.withNameResolver((name) -> new CharStreamWithLocation(CharStreams.fromString(includes.apply(name)
				.orElseThrow(() -> new IOException("there is no _includes/" + name)))))
			.withFilter(dateFilter("date_to_string", "dd MMM yyyy"))
			.withFilter(dateFilter("date_to_long_string", "dd MMMM yyyy"))
			.withFilter(new Filter("slugify") {
				@Override
				public Object apply(Object value, TemplateContext context, Object... params) {
					return (value == null) ? "" : value.toString().toLowerCase(Locale.ROOT)
						.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
				}
			})
			.withFilter(new Filter("markdownify") {
				@Override
				public Object apply(Object value, TemplateContext context, Object... params) {
					// the page's Markdown is rendered after its Liquid anyway
					return (value == null) ? "" : value.toString();
				}
			})
			.build();
	}

	/** @return whether a text holds any Liquid at all */
	public static boolean hasLiquid(String text) {
		return text.contains("{{") || text.contains("{%");
	}

	/**
	 * @param file the page's file, for warnings
	 * @param firstLine the line of the file the text starts on
	 * @param text the page's body
	 * @param variables {@code site}, {@code page} and the like
	 * @param report told about everything that renders nothing
	 * @return the text with its Liquid rendered
	 */
	public String render(String file, int firstLine, String text, Map<String, Object> variables,
			ValidationReport report) {
		if (!hasLiquid(text)) {
			return text;
		}
		String source = withHyphenatedNames(text);
		for (int repair = 0; repair < MAX_REPAIRS; repair++) {
			Template template;
			try {
				template = this.parser.parse(source);
			}
			catch (RuntimeException ex) {
				Optional<String> repaired = withoutFaultyMarkup(file, firstLine, source, ex, report);
				if (repaired.isEmpty()) {
					break;
				}
				source = repaired.get();
				continue;
			}
			try {
				String rendered = template.render(variables);
				Set<String> names = new LinkedHashSet<>();
				for (Exception error : template.errors()) {
					names.add(variableName(error));
				}
				for (String name : names) {
					int at = text.indexOf(name.replaceAll("\\['([^']*)'\\]", ".$1"));
					int line = firstLine + ((at < 0) ? 0 : (int) text.substring(0, at).chars().filter((c) -> c == '\n').count());
					report.warn(file, line, "Liquid: unknown variable '" + name.replaceAll("\\['([^']*)'\\]", ".$1")
							+ "'; it renders nothing");
				}
				return rendered;
			}
			catch (RuntimeException ex) {
				Optional<String> repaired = withoutFaultyMarkup(file, firstLine, source, ex, report);
				if (repaired.isEmpty()) {
					break;
				}
				source = repaired.get();
			}
		}
		report.warn(file, firstLine, "Liquid: the page's Liquid could not be rendered, so all of it is left out");
		return ANY_MARKUP.matcher(source).replaceAll("").replaceAll("\\{\\{|\\{%|%\\}|\\}\\}", "");
	}

	/**
	 * Liquid lets names hold hyphens ({@code site.data.top-agencies}, {@code agency.image-url}), Liqp does not: such a
	 * name after a dot is written in brackets instead, which means the same, leaving quoted strings alone.
	 */
	static String withHyphenatedNames(String text) {
		Matcher markup = ANY_MARKUP.matcher(text);
		StringBuilder out = new StringBuilder();
		while (markup.find()) {
			String[] parts = markup.group().split("((?<=['\"])|(?=['\"]))");
			StringBuilder fixed = new StringBuilder();
			boolean quoted = false;
			char quote = 0;
			for (String part : parts) {
				if (!quoted && (part.equals("'") || part.equals("\""))) {
					quoted = true;
					quote = part.charAt(0);
					fixed.append(part);
					continue;
				}
				if (quoted && part.length() == 1 && part.charAt(0) == quote) {
					quoted = false;
					fixed.append(part);
					continue;
				}
				fixed.append(quoted ? part : HYPHENATED.matcher(part).replaceAll("['$1']"));
			}
			markup.appendReplacement(out, Matcher.quoteReplacement(fixed.toString()));
		}
		markup.appendTail(out);
		return out.toString();
	}

	/** Takes out the tag or output Liqp stopped at, with a warning naming its line. */
	private static Optional<String> withoutFaultyMarkup(String file, int firstLine, String source, RuntimeException ex,
			ValidationReport report) {
		int line = -1;
		int column = -1;
		// Liqp wraps what went wrong; the position is on whichever exception of the chain knows it
		for (Throwable cause = ex; cause != null && line < 0; cause = cause.getCause()) {
			Matcher position = POSITION.matcher(String.valueOf(cause.getMessage()));
			if (cause instanceof LiquidException liquid && liquid.line > 0) {
				line = liquid.line;
				column = liquid.charPositionInLine;
			}
			else if (position.find()) {
				line = Integer.parseInt(position.group(1));
				column = Integer.parseInt(position.group(2));
			}
		}
		if (line < 0) {
			return withoutMissingInclude(file, firstLine, source, summary(ex), report);
		}
		int offset = offsetOf(source, line, column);
		int start = Math.max(source.lastIndexOf("{%", offset), source.lastIndexOf("{{", offset));
		if (start < 0) {
			return Optional.empty();
		}
		boolean tag = source.startsWith("{%", start);
		int end = source.indexOf(tag ? "%}" : "}}", start);
		if (end < 0) {
			return Optional.empty();
		}
		String markup = source.substring(start, end + 2);
		report.warn(file, firstLine + line - 1, "Liquid: " + summary(ex) + " in " + shorten(markup)
				+ "; it renders nothing");
		return Optional.of(source.substring(0, start) + source.substring(end + 2));
	}

	/** An include of a file that is not there says so without a position: take that include out by its name. */
	private static Optional<String> withoutMissingInclude(String file, int firstLine, String source, String problem,
			ValidationReport report) {
		if (!problem.startsWith("there is no _includes/")) {
			return Optional.empty();
		}
		String name = problem.substring("there is no _includes/".length());
		Matcher include = Pattern.compile("\\{%-?\\s*include\\s+" + Pattern.quote(name) + "[^%]*%\\}").matcher(source);
		if (!include.find()) {
			return Optional.empty();
		}
		int line = firstLine + (int) source.substring(0, include.start()).chars().filter((c) -> c == '\n').count();
		report.warn(file, line, "Liquid: " + problem + " for " + shorten(include.group()) + "; it renders nothing");
		return Optional.of(source.substring(0, include.start()) + source.substring(include.end()));
	}

	private static int offsetOf(String source, int line, int column) {
		int offset = 0;
		for (int i = 1; i < line; i++) {
			int next = source.indexOf('\n', offset);
			if (next < 0) {
				break;
			}
			offset = next + 1;
		}
		return Math.min(source.length() - 1, offset + Math.max(0, column));
	}

	private static String summary(RuntimeException ex) {
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append('\n');
		}
		String message = messages.toString();
		Matcher tag = Pattern.compile("Invalid Tag: '([^']+)'").matcher(message);
		if (tag.find()) {
			return "unknown tag '" + tag.group(1) + "'";
		}
		Matcher filter = Pattern.compile("no filter available named: \\|?(\\S+)").matcher(message);
		if (filter.find()) {
			return "unknown filter '" + filter.group(1) + "'";
		}
		Matcher missing = Pattern.compile("there is no _includes/\\S+").matcher(message);
		if (missing.find()) {
			return missing.group();
		}
		if (message.contains("mismatched input '{%'")) {
			return "a closing tag with no opening one";
		}
		return "invalid Liquid";
	}

	/** Liqp says "Variable 'site.data['top-agencies']' does not exist". */
	private static String variableName(Exception error) {
		Matcher name = Pattern.compile("Variable '(.+)' does not exist").matcher(String.valueOf(error.getMessage()));
		return name.find() ? name.group(1) : String.valueOf(error.getMessage());
	}

	private static String shorten(String markup) {
		String flat = markup.replaceAll("\\s+", " ");
		return (flat.length() > 60) ? flat.substring(0, 57) + "..." : flat;
	}

	private static Filter dateFilter(String name, String pattern) {
		DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern,
				Locale.ENGLISH);
		return new Filter(name) {
			@Override
			public Object apply(Object value, TemplateContext context, Object... params) {
				if (value instanceof Date date) {
					return format.format(date.toInstant().atZone(SiteTime.ZONE));
				}
				if (value instanceof TemporalAccessor temporal) {
					return format.format(temporal);
				}
				return (value == null) ? "" : value.toString();
			}
		};
	}

	/** @return the names of variables a text reads from {@code site} beyond its settings and data */
	public static List<String> siteLists(String text) {
		Matcher lists = Pattern.compile("site\\.(pages|posts|documents|collections|categories|tags|[A-Za-z0-9_-]+)\\b")
			.matcher(text);
		Set<String> names = new LinkedHashSet<>();
		while (lists.find()) {
			names.add(lists.group(1));
		}
		return List.copyOf(names);
	}

}
