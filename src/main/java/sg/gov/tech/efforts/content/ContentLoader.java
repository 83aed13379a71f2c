package sg.gov.tech.efforts.content;

import java.nio.file.Path;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import sg.gov.tech.efforts.folder.FolderReader;
import sg.gov.tech.efforts.isomer.IsomerReader;
import sg.gov.tech.efforts.model.ContentException;
import sg.gov.tech.efforts.model.ReservedPaths;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.source.ContentRoot;
import sg.gov.tech.efforts.source.ValidationReport;

/**
 * Loads a content root (a classpath folder or a plain folder) into a {@link Site} with the reader its format needs:
 * a folder with {@code _config.yml} is an Isomer repository, any other one is in the project's own format. Keeps
 * each reader's per-file results, so a reload of the same location parses only what changed.
 */
public final class ContentLoader {

	private final boolean preview;

	private final boolean strict;

	private static final Log logger = LogFactory.getLog(ContentLoader.class);

	/** The root of the last load, kept so its git history is read again only when it moves. */
	private ContentRoot root;

	private FolderReader folderReader;

	private IsomerReader isomerReader;

	/** A loader for the public site: editor notes hidden, problems in one file never stop the others. */
	public ContentLoader() {
		this(false);
	}

	/**
	 * @param preview whether pages show editor notes, highlighted, for editors checking content
	 */
	public ContentLoader(boolean preview) {
		this(preview, false);
	}

	/**
	 * @param preview whether pages show editor notes, highlighted, for editors checking content
	 * @param strict whether any error (a file left out, a link that leads nowhere) stops the load
	 */
	public ContentLoader(boolean preview, boolean strict) {
		this.preview = preview;
		this.strict = strict;
	}

	/**
	 * Loads a whole content root, every URL free.
	 * @param location {@code classpath:...}, {@code file:...} or a plain folder path
	 * @return the site, with the errors and warnings editors should look at
	 * @throws ContentException naming the file, line and problem when nothing can be served, or in strict mode
	 * when anything could not (the first such problem, listing the others)
	 */
	public Site load(String location) {
		return load(location, ReservedPaths.NONE);
	}

	/**
	 * Loads a whole content root.
	 * @param location {@code classpath:...}, {@code file:...} or a plain folder path
	 * @param reserved the paths the application answers itself: a page there is left out, with an error
	 * @return the site, with the errors and warnings editors should look at
	 * @throws ContentException naming the file, line and problem when nothing can be served, or in strict mode
	 * when anything could not (the first such problem, listing the others)
	 */
	public synchronized Site load(String location, ReservedPaths reserved) {
		if (this.root == null || !this.root.location().equals(location)) {
			this.root = ContentRoot.of(location);
			logger.info("Page dates come from the " + this.root.dates().source());
		}
		ContentRoot root = this.root;
		Site site;
		if (IsomerReader.reads(root)) {
			if (this.isomerReader == null) {
				this.isomerReader = new IsomerReader(this.preview, this.strict);
			}
			site = this.isomerReader.read(root, reserved);
		}
		else {
			if (this.folderReader == null) {
				this.folderReader = new FolderReader(this.preview, this.strict);
			}
			site = this.folderReader.read(root, reserved);
		}
		if (this.strict && !site.errors().isEmpty()) {
			ValidationReport report = new ValidationReport();
			site.errors().forEach((error) -> report.error(error.file(), error.line(), error.problem()));
			report.throwIfErrors();
		}
		return site;
	}

	/**
	 * @param location the content location, as {@link #load(String)} takes it
	 * @return the folder it names, or empty when the content is on the classpath (built into the application)
	 */
	public static Optional<Path> folderOf(String location) {
		try {
			return ContentRoot.of(location).folder();
		}
		catch (ContentException ex) {
			return Optional.empty();
		}
	}

	/** A plain folder path means a folder; prefixes such as {@code classpath:} and {@code file:} pass through. */
	public static String rootOf(String location) {
		return ContentRoot.rootOf(location);
	}

}
