package sg.gov.tech.efforts.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import sg.gov.tech.efforts.model.Slugs;

import org.springframework.util.FileSystemUtils;

/**
 * A content folder of the project's own format, edited at random but the same way for the same seed: pages that link
 * each other and nest under each other's permalinks (so titles show in other pages' breadcrumbs), with sections and
 * settings naming some of them. Every edit leaves a folder a full load serves (a link may lead nowhere, a warning);
 * files broken on purpose never had a good version. Each write moves the file's time on by a clock of its own, so
 * the dates pages show are the same on every run.
 */
final class RandomFolder {

	/** The words of every title, permalink and text, so searches for them find many pages, ranked. */
	static final List<String> WORDS = List.of("permit", "harbour", "garden", "library", "transit", "clinic", "grant",
			"scheme", "market", "bridge", "river", "school", "museum", "archive", "forest", "energy", "water", "housing",
			"identity", "payment", "cloud", "sensor", "design", "civic", "youth", "senior", "career", "safety", "health",
			"budget");

	static final String HOME = "/home/";

	private static final List<String> FOLDERS = List.of("", "about/", "news/", "deep/er/");

	/** Files that cannot be served, each for another reason. */
	private static final List<String> BROKEN = List.of("---\ntitle: [Unclosed\npermalink: /broken/\n---\nText\n",
			"---\npermalink: /untitled/\n---\nNo title.\n", "---\ntitle: Bad\npermalink: no-slash\n---\nText\n",
			"No front matter at all.\n");

	private final Path root;

	private final Random random;

	private Instant clock = Instant.parse("2025-03-03T01:00:00Z");

	/** The pages by file name. */
	private final Map<String, PageFile> pages = new TreeMap<>();

	private final Settings settings = new Settings();

	/** Broken files on disk that never had a good version. */
	private final Set<String> broken = new TreeSet<>();

	/** Files edits leave alone, each with the time of its good version, which the folder no longer holds. */
	private final Map<String, FileTime> frozen = new HashMap<>();

	private final List<String> log = new ArrayList<>();

	private int names;

	/** Clears the folder and writes a home page, some pages nested under one another, and the settings. */
	RandomFolder(Path root, long seed) {
		this.root = root;
		this.random = new Random(seed);
		try {
			FileSystemUtils.deleteRecursively(root);
			Files.createDirectories(root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		PageFile home = new PageFile("Home", HOME);
		home.intro.add(sentence());
		write("home.md", home);
		for (int i = 0; i < 10; i++) {
			addPage();
		}
		List<String> permalinks = permalinks();
		this.settings.navigation.put("What We Do", pick(permalinks));
		this.settings.navigation.put("Our Work", pick(permalinks));
		this.settings.crossLinks.put("Alpha", "https://alpha.example.gov.sg/");
		this.settings.crossLinks.put("Beta", pick(permalinks));
		writeSettings();
		this.log.clear();
	}

	/** Searches whose results the edits change: single words, several, titles' and texts', and one found nowhere. */
	static List<String> queries() {
		return List.of("permit", "harbour garden", "library", "transit clinic", "identities", "grants", "home",
				"river bridge school", "cloud payment sensor design", "xylophone");
	}

	/**
	 * Makes one random edit.
	 * @return what it did
	 */
	String edit() {
		while (true) {
			int dice = this.random.nextInt(100);
			String done = (dice < 16) ? editLine() : (dice < 24) ? sameSizeEdit() : (dice < 32) ? retitle()
					: (dice < 35) ? redescribe() : (dice < 40) ? changePermalink() : (dice < 45) ? rename()
					: (dice < 48) ? renameWithNewPermalink() : (dice < 55) ? addPage() : (dice < 61) ? deletePage()
					: (dice < 67) ? addSection() : (dice < 71) ? removeSection() : (dice < 75) ? retitleSection()
					: (dice < 81) ? addLink() : (dice < 84) ? saveUnchanged() : (dice < 88) ? editSettings()
					: (dice < 92) ? movePageAndItsLinks() : (dice < 95) ? addBroken() : (dice < 98) ? fixBroken()
					: deleteBroken();
			if (done != null) {
				this.log.add(done);
				return done;
			}
		}
	}

	/** @return every edit made since the folder was set up, numbered */
	String log() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < this.log.size(); i++) {
			text.append(String.format("%n  %3d. %s", i + 1, this.log.get(i)));
		}
		return text.toString();
	}

	/**
	 * Breaks one page that others name (by title or link) so it cannot be parsed, and leaves it alone from now on.
	 * @return its file's name
	 */
	String breakPage() {
		String name = pick(editable().stream().filter((file) -> !this.pages.get(file).permalink.equals(HOME)).toList());
		this.frozen.put(name, time(name));
		writeText(name, BROKEN.get(this.random.nextInt(BROKEN.size())));
		this.log.add("break " + name + " (its last good version keeps serving)");
		return name;
	}

	/** Writes a new good version of a broken page, which edits may change again. */
	String repair(String name) {
		this.frozen.remove(name);
		PageFile page = this.pages.get(name);
		page.title = title();
		write(name, page);
		this.log.add("repair " + name + " as '" + page.title + "'");
		return name;
	}

	/** Copies the folder with the good version of each broken page, as a full load should see it. */
	void copyWithGoodVersions(Path target) {
		try {
			FileSystemUtils.deleteRecursively(target);
			try (Stream<Path> files = Files.walk(this.root)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Path copy = target.resolve(this.root.relativize(file));
					Files.createDirectories(copy.getParent());
					Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
			for (Map.Entry<String, FileTime> good : this.frozen.entrySet()) {
				Path copy = target.resolve(good.getKey());
				Files.writeString(copy, this.pages.get(good.getKey()).text());
				Files.setLastModifiedTime(copy, good.getValue());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String editLine() {
		PageFile page = this.pages.get(pick(editable()));
		List<String> lines = page.anyLines(this.random);
		int at = this.random.nextInt(lines.size());
		lines.set(at, (this.random.nextBoolean() ? "* " : "") + sentence());
		return write(page.file, page, "edit a line");
	}

	/** A word swapped for another as long: the file keeps its size, only its time says it changed. */
	private String sameSizeEdit() {
		PageFile page = this.pages.get(pick(editable()));
		List<String> lines = page.anyLines(this.random);
		int at = this.random.nextInt(lines.size());
		for (String word : WORDS) {
			List<String> others = WORDS.stream().filter((other) -> other.length() == word.length() && !other.equals(word))
				.toList();
			if (lines.get(at).contains(" " + word) && !others.isEmpty()) {
				lines.set(at, lines.get(at).replaceFirst(" " + word, " " + pick(others)));
				return write(page.file, page, "same-size edit");
			}
		}
		return null;
	}

	private String retitle() {
		PageFile page = this.pages.get(pick(editable()));
		page.title = title();
		return write(page.file, page, "retitle as '" + page.title + "'");
	}

	private String redescribe() {
		PageFile page = this.pages.get(pick(editable()));
		page.description = this.random.nextInt(3) == 0 ? "" : sentence();
		return write(page.file, page, "describe as '" + page.description + "'");
	}

	private String changePermalink() {
		PageFile page = this.pages.get(pick(movable()));
		String old = page.permalink;
		String permalink = freePermalink(page);
		if (permalink == null) {
			return null;
		}
		page.permalink = permalink;
		return write(page.file, page, "move from " + old + " to " + permalink + ", its links left as they were");
	}

	/** The file moves, its time with it (as {@code mv} and {@code git mv} leave it); its permalink stays. */
	private String rename() {
		String from = pick(editable());
		String to = newName();
		move(from, to);
		return "rename " + from + " to " + to;
	}

	private String renameWithNewPermalink() {
		String from = pick(movable());
		String permalink = freePermalink(this.pages.get(from));
		if (permalink == null) {
			return null;
		}
		String to = newName();
		move(from, to);
		PageFile page = this.pages.get(to);
		page.permalink = permalink;
		return write(to, page, "rename " + from + " to " + to + " at " + permalink);
	}

	private String addPage() {
		if (this.pages.size() >= 24) {
			return null;
		}
		String title = title();
		PageFile page = new PageFile(title, "");
		for (int i = this.random.nextInt(3); i >= 0; i--) {
			page.intro.add(line());
		}
		for (int i = this.random.nextInt(4); i > 0; i--) {
			Section section = new Section(sectionTitle(page));
			if (section.title == null) {
				break;
			}
			section.lines.add(line());
			if (this.random.nextBoolean()) {
				section.lines.add("* Cross link to related services i.e. " + pick(List.of("Alpha", "Beta", "Gamma")));
			}
			page.sections.add(section);
		}
		page.permalink = freePermalink(page);
		if (page.permalink == null) {
			return null;
		}
		String name = newName();
		return write(name, page, "add '" + title + "' at " + page.permalink);
	}

	/**
	 * Pages and settings linking the deleted page keep their links, which now lead nowhere: warnings, the same in a
	 * full load.
	 */
	private String deletePage() {
		List<String> deletable = movable();
		if (this.pages.size() <= 6 || deletable.isEmpty()) {
			return null;
		}
		String name = pick(deletable);
		delete(name);
		return "delete " + name + " (" + this.pages.remove(name).permalink + ")";
	}

	private String addSection() {
		PageFile page = this.pages.get(pick(editable()));
		Section section = new Section(sectionTitle(page));
		if (section.title == null || page.sections.size() >= 5) {
			return null;
		}
		section.lines.add(line());
		page.sections.add(this.random.nextInt(page.sections.size() + 1), section);
		return write(page.file, page, "add section '" + section.title + "'");
	}

	private String removeSection() {
		PageFile page = this.pages.get(pick(editable()));
		if (page.sections.isEmpty()) {
			return null;
		}
		Section removed = page.sections.remove(this.random.nextInt(page.sections.size()));
		return write(page.file, page, "remove section '" + removed.title + "'");
	}

	private String retitleSection() {
		PageFile page = this.pages.get(pick(editable()));
		if (page.sections.isEmpty()) {
			return null;
		}
		Section section = page.sections.get(this.random.nextInt(page.sections.size()));
		String title = sectionTitle(page);
		if (title == null) {
			return null;
		}
		String old = section.title;
		section.title = title;
		return write(page.file, page, "retitle section '" + old + "' as '" + title + "'");
	}

	private String addLink() {
		PageFile page = this.pages.get(pick(editable()));
		List<String> lines = page.anyLines(this.random);
		lines.add(this.random.nextInt(lines.size() + 1), linkLine());
		return write(page.file, page, "add a link");
	}

	/** Saved again as it was: only the file's time changes. */
	private String saveUnchanged() {
		String name = pick(editable());
		write(name, this.pages.get(name));
		return "save " + name + " unchanged";
	}

	private String editSettings() {
		List<String> permalinks = permalinks();
		switch (this.random.nextInt(4)) {
			case 0 -> this.settings.name = title();
			case 1 -> this.settings.navigation.put(pick(new ArrayList<>(this.settings.navigation.keySet())),
					pick(permalinks));
			case 2 -> this.settings.crossLinks.put("Beta", pick(permalinks));
			default -> {
				if (this.settings.crossLinks.remove("Gamma") == null) {
					this.settings.crossLinks.put("Gamma", pick(permalinks));
				}
			}
		}
		writeSettings();
		return "edit site.yml: " + this.settings;
	}

	/** One page moves and every page and setting linking it follows: they change together, in one reload. */
	private String movePageAndItsLinks() {
		PageFile page = this.pages.get(pick(movable()));
		String old = page.permalink;
		String permalink = freePermalink(page);
		if (permalink == null) {
			return null;
		}
		page.permalink = permalink;
		write(page.file, page);
		List<String> followed = new ArrayList<>();
		for (String name : editable()) {
			PageFile other = this.pages.get(name);
			if (other.relink(old, permalink)) {
				write(name, other);
				followed.add(name);
			}
		}
		if (this.settings.relink(old, permalink)) {
			writeSettings();
			followed.add("site.yml");
		}
		return "move " + page.file + " from " + old + " to " + permalink + " with the links of " + followed;
	}

	private String addBroken() {
		String name = "drafts/broken-" + (++this.names) + ".md";
		writeText(name, BROKEN.get(this.random.nextInt(BROKEN.size())));
		this.broken.add(name);
		return "add broken " + name;
	}

	private String fixBroken() {
		if (this.broken.isEmpty()) {
			return null;
		}
		String name = pick(new ArrayList<>(this.broken));
		PageFile page = new PageFile(title(), "");
		page.intro.add(line());
		page.permalink = freePermalink(page);
		if (page.permalink == null) {
			return null;
		}
		this.broken.remove(name);
		return write(name, page, "fix " + name + " as '" + page.title + "' at " + page.permalink);
	}

	private String deleteBroken() {
		if (this.broken.isEmpty()) {
			return null;
		}
		String name = pick(new ArrayList<>(this.broken));
		this.broken.remove(name);
		delete(name);
		return "delete broken " + name;
	}

	/** @return the pages edits may change */
	private List<String> editable() {
		return this.pages.keySet().stream().filter((name) -> !this.frozen.containsKey(name)).toList();
	}

	/** @return the pages that may move or go: all but the home page, which the settings need */
	private List<String> movable() {
		return editable().stream().filter((name) -> !this.pages.get(name).permalink.equals(HOME)).toList();
	}

	private List<String> permalinks() {
		return this.pages.values().stream().map((page) -> page.permalink).toList();
	}

	/** Every URL a page or section has, lower case as the site compares them. */
	private Set<String> taken(PageFile except) {
		Set<String> urls = new HashSet<>();
		for (PageFile page : this.pages.values()) {
			if (page != except) {
				urls.addAll(page.urls(page.permalink));
			}
		}
		return urls;
	}

	/** A permalink no other page or section has, often under another page's (so that page's title is a crumb). */
	private String freePermalink(PageFile page) {
		Set<String> taken = taken(page);
		List<String> parents = permalinks();
		for (int attempt = 0; attempt < 20; attempt++) {
			String parent = this.random.nextInt(3) == 0 ? "/" : pick(parents);
			String permalink = parent + pick(WORDS) + (this.random.nextInt(4) == 0 ? "-" + this.random.nextInt(10) : "")
					+ "/";
			if (page.urls(permalink).stream().noneMatch(taken::contains) && permalink.split("/").length <= 5) {
				return permalink;
			}
		}
		return null;
	}

	/** A section title whose URL under the page clashes with nothing. */
	private String sectionTitle(PageFile page) {
		Set<String> taken = taken(page);
		taken.addAll(page.urls(page.permalink));
		for (int attempt = 0; attempt < 20; attempt++) {
			String title = title();
			if (page.permalink.isEmpty() || !taken.contains(page.permalink + Slugs.of(title) + "/")) {
				if (page.sections.stream().noneMatch((section) -> Slugs.of(section.title).equals(Slugs.of(title)))) {
					return title;
				}
			}
		}
		return null;
	}

	private String newName() {
		return pick(FOLDERS) + pick(WORDS) + "-" + (++this.names) + ".md";
	}

	private String title() {
		StringBuilder title = new StringBuilder();
		for (int i = this.random.nextInt(3); i >= 0; i--) {
			String word = pick(WORDS);
			title.append(title.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
				.append(word.substring(1));
		}
		return title.toString();
	}

	private String sentence() {
		StringBuilder sentence = new StringBuilder("The");
		for (int i = 4 + this.random.nextInt(6); i > 0; i--) {
			sentence.append(' ').append(pick(WORDS));
		}
		return sentence.append('.').toString();
	}

	private String line() {
		int kind = this.random.nextInt(5);
		return (kind == 0) ? linkLine() : (kind == 1) ? "* " + sentence() : sentence();
	}

	/** A sentence linking a page, or one of its sections, that exists now. */
	private String linkLine() {
		PageFile target = this.pages.get(pick(new ArrayList<>(this.pages.keySet())));
		String url = target.permalink;
		if (!target.sections.isEmpty() && this.random.nextBoolean()) {
			url += Slugs.of(target.sections.get(this.random.nextInt(target.sections.size())).title) + "/";
		}
		return "See [the " + pick(WORDS) + " page](" + url + ") for more.";
	}

	private <T> T pick(List<T> from) {
		return from.get(this.random.nextInt(from.size()));
	}

	private String write(String name, PageFile page, String what) {
		write(name, page);
		return what + " in " + name;
	}

	private void write(String name, PageFile page) {
		page.file = name;
		this.pages.put(name, page);
		writeText(name, page.text());
	}

	private void writeSettings() {
		writeText("site.yml", this.settings.text());
	}

	private void writeText(String name, String text) {
		try {
			Path file = this.root.resolve(name);
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
			this.clock = this.clock.plusSeconds(1 + this.random.nextInt(600));
			Files.setLastModifiedTime(file, FileTime.from(this.clock));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void move(String from, String to) {
		try {
			Path target = this.root.resolve(to);
			Files.createDirectories(target.getParent());
			Files.move(this.root.resolve(from), target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		PageFile page = this.pages.remove(from);
		page.file = to;
		this.pages.put(to, page);
	}

	private void delete(String name) {
		try {
			Files.delete(this.root.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private FileTime time(String name) {
		try {
			return Files.getLastModifiedTime(this.root.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One page's file, as its front matter and lines. */
	private static final class PageFile {

		private String file;

		private String title;

		private String permalink;

		private String description = "";

		private final List<String> intro = new ArrayList<>();

		private final List<Section> sections = new ArrayList<>();

		PageFile(String title, String permalink) {
			this.title = title;
			this.permalink = permalink;
		}

		/** @return the page's URLs and its sections' at a permalink */
		List<String> urls(String at) {
			List<String> urls = new ArrayList<>(List.of(at.toLowerCase(Locale.ROOT)));
			this.sections.forEach((section) -> urls.add((at + Slugs.of(section.title) + "/").toLowerCase(Locale.ROOT)));
			return urls;
		}

		/** @return the lines of the intro or of a section, never empty */
		List<String> anyLines(Random random) {
			int at = random.nextInt(this.sections.size() + 1);
			List<String> lines = (at == 0) ? this.intro : this.sections.get(at - 1).lines;
			if (lines.isEmpty()) {
				lines.add("The " + WORDS.get(random.nextInt(WORDS.size())) + ".");
			}
			return lines;
		}

		/** Points every link to a page (or its sections) elsewhere; @return whether any did. */
		boolean relink(String from, String to) {
			boolean changed = false;
			for (List<String> lines : Stream.concat(Stream.of(this.intro), this.sections.stream().map((s) -> s.lines))
				.toList()) {
				for (int i = 0; i < lines.size(); i++) {
					String moved = lines.get(i).replace("](" + from, "](" + to);
					changed |= !moved.equals(lines.get(i));
					lines.set(i, moved);
				}
			}
			return changed;
		}

		String text() {
			StringBuilder text = new StringBuilder("---\ntitle: ").append(this.title)
				.append("\npermalink: ")
				.append(this.permalink)
				.append('\n');
			if (!this.description.isEmpty()) {
				text.append("description: ").append(this.description).append('\n');
			}
			text.append("---\n");
			this.intro.forEach((line) -> text.append(line).append("\n\n"));
			for (Section section : this.sections) {
				text.append("### ").append(section.title).append("\n");
				section.lines.forEach((line) -> text.append(line).append("\n\n"));
			}
			return text.toString();
		}

	}

	private static final class Section {

		private String title;

		private final List<String> lines = new ArrayList<>();

		Section(String title) {
			this.title = title;
		}

	}

	/** What {@code site.yml} says: the name, navigation and cross links, some naming pages. */
	private static final class Settings {

		private String name = "Ministry of Randomness";

		private final Map<String, String> navigation = new LinkedHashMap<>();

		private final Map<String, String> crossLinks = new LinkedHashMap<>();

		boolean relink(String from, String to) {
			boolean changed = false;
			for (Map<String, String> links : List.of(this.navigation, this.crossLinks)) {
				for (Map.Entry<String, String> link : links.entrySet()) {
					if (link.getValue().equals(from)) {
						link.setValue(to);
						changed = true;
					}
				}
			}
			return changed;
		}

		String text() {
			StringBuilder text = new StringBuilder("name: ").append(this.name)
				.append("\nhome: ")
				.append(HOME)
				.append("\ncopyright: Ministry of Tests\nnavigation:\n");
			this.navigation.forEach((title, url) -> text.append("  - title: ").append(title).append("\n    url: ")
				.append(url).append('\n'));
			text.append("footer:\n  - title: Contact\n    url: https://www.example.gov.sg/contact/\ncross_links:\n");
			this.crossLinks.forEach((title, url) -> text.append("  ").append(title).append(": ").append(url).append('\n'));
			return text.toString();
		}

		@Override
		public String toString() {
			return "name " + this.name + ", navigation " + this.navigation + ", cross links " + this.crossLinks;
		}

	}

}
