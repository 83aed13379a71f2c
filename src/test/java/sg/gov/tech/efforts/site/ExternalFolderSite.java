package sg.gov.tech.efforts.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import sg.gov.tech.efforts.body.TestImages;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One external content folder (without a site.yml), served over HTTP by one application that the tests of serving such
 * a folder share: pages linking images and files, pictures to make copies of, and secrets that must never be served.
 * Nothing edits it, so it is watched by nobody and removed only when the tests end.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class ExternalFolderSite {

	/** Written in files no visitor may fetch. */
	protected static final String SECRET = "SECRET-OUTSIDE-THE-FOLDER";

	/** A phone's photo, with its GPS position, at {@code /images/photo.jpg} and {@code /files/photo.jpg}. */
	protected static final byte[] PHOTO = TestImages.jpegWithGps(1600, 1200, 1);

	/** A JPEG whose header is whole (so its size is known) and whose pixels are noise, at /images/corrupt.jpg. */
	protected static final byte[] CORRUPT = TestImages.jpegWithNoisyPixels(800, 600);

	private static final ContentFolder content = folder();

	/** @return the folder the application serves */
	protected static Path root() {
		return content.root();
	}

	@DynamicPropertySource
	static void contentFolder(DynamicPropertyRegistry registry) {
		registry.add("site.content.location", () -> content.root().toString());
		registry.add("site.content.watch", () -> "false");
	}

	private static ContentFolder folder() {
		ContentFolder folder = new ContentFolder().page("about.md", "About Us", "/about-us/", """
				We are the people behind the services.

				### Who We Are
				* A team of engineers; see [digital services](/services/digital-services/)
				* ![Our team at work](/images/team.png)

				### What We Do
				Read [our report](/files/report.pdf){:target="_blank"}.
				""")
			.page("services/digital.md", "Digital Services", "/services/digital-services/",
					"Services for everyone.\n\n### Singpass Logins\nText\n\n### Payments\nText\n\n"
							+ "<script>alert(1)</script>")
			.file("images/team.png", new byte[] { (byte) 0x89, 'P', 'N', 'G' })
			.file("files/report.pdf", "%PDF-1.4")
			.file("images/.hidden.png", SECRET)
			.file("images/draft.md", SECRET)
			.file("files/settings.yml", SECRET)
			.file("outside.txt", SECRET)
			.file("photos.md", """
					---
					title: Photos
					permalink: /photos/
					---
					A day at the Padang.

					![The Padang from the steps](/images/photo.jpg)

					![A small icon](/images/icon.png)

					![A huge scan](/images/huge.png)

					![A damaged photo](/images/corrupt.jpg)

					![A picture with the wrong name](/images/graph.jpg)

					The [full-size photo](/files/photo.jpg) is a download.
					""")
			.file("images/photo.jpg", PHOTO)
			.file("files/photo.jpg", PHOTO)
			.file("images/icon.png", TestImages.png(96, 96))
			.file("images/huge.png", TestImages.hugePng(8000, 6000))
			.file("images/corrupt.jpg", CORRUPT)
			.file("images/graph.jpg", TestImages.png(400, 300));
		try {
			Files.createSymbolicLink(folder.root().resolve("images/escape.png"), folder.root().resolve("outside.txt"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(folder::delete));
		return folder;
	}

}
