package sg.gov.tech.efforts.body;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sg.gov.tech.efforts.model.ImageFile;
import sg.gov.tech.efforts.source.ContentRoot;

import static org.assertj.core.api.Assertions.assertThat;

class ImageSizesTests {

	private static final String PLACEHOLDER = "/images/Placeholders/Screenshot_2023_11_10_at_12_20_50_PM.png";

	private final ImageSizes sizes = ImageSizes.in(ContentRoot.of("classpath:content/"));

	@TempDir
	Path folder;

	@Test
	void readsTheSizeOfTheContentRootsOwnPng() {
		ImageFile image = this.sizes.find(PLACEHOLDER).orElseThrow();
		assertThat(image.width() + "x" + image.height()).isEqualTo("960x540");
		assertThat(image.format()).isEqualTo("png");
		assertThat(image.resizable()).isTrue();
	}

	@Test
	void readsTheSizeInGifJpegOrWebpHeaders() throws IOException {
		byte[] gif = { 'G', 'I', 'F', '8', '9', 'a', 0x40, 0x01, (byte) 0xF0, 0x00 };
		assertThat(ImageSizes.read(stream(gif))).contains(new ImageSizes.Header("gif", 320, 240, 1));
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x04, 0x00, 0x00, (byte) 0xFF,
				(byte) 0xC0, 0x00, 0x11, 0x08, 0x02, 0x1C, 0x03, (byte) 0xC0 };
		assertThat(ImageSizes.read(stream(jpeg))).contains(new ImageSizes.Header("jpeg", 960, 540, 1));
		// a lossless WebP: 14 bits of width less one, then 14 of height less one, after the 0x2F signature
		int bits = (640 - 1) | ((360 - 1) << 14);
		byte[] webp = { 'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'L', 0, 0, 0, 0, 0x2F,
				(byte) bits, (byte) (bits >> 8), (byte) (bits >> 16), (byte) (bits >> 24), 0, 0, 0, 0, 0 };
		assertThat(ImageSizes.read(stream(webp))).contains(new ImageSizes.Header("webp", 640, 360, 1));
		assertThat(ImageSizes.read(stream(new byte[] { '<', 's', 'v', 'g' }))).isEmpty();
	}

	@Test
	void aPhotoTakenSidewaysHasTheSizeItIsShownAt() throws IOException {
		byte[] exif = ExifOrientation.only(6);
		byte[] jpeg = concat(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0,
				(byte) (exif.length + 2) }, exif, new byte[] { (byte) 0xFF, (byte) 0xC0, 0x00, 0x11, 0x08, 0x02,
						0x1C, 0x03, (byte) 0xC0 });
		Files.createDirectories(this.folder.resolve("images"));
		Files.write(this.folder.resolve("images/sideways.jpg"), jpeg);
		ImageFile image = ImageSizes.in(ContentRoot.of(this.folder.toString())).find("/images/sideways.jpg")
			.orElseThrow();
		assertThat(image.width() + "x" + image.height() + " turned " + image.orientation())
			.isEqualTo("540x960 turned 6");
	}

	@Test
	void anExternalMissingOrEscapingImageHasNoKnownSize() {
		assertThat(this.sizes.find("https://example.org/images/photo.png")).isEmpty();
		assertThat(this.sizes.find("/images/none.png")).isEmpty();
		assertThat(this.sizes.find("/images/../our-digital-government-efforts.md")).isEmpty();
		assertThat(ImageSizes.NONE.find(PLACEHOLDER)).isEmpty();
	}

	@Test
	void theVersionChangesWithTheBytes() throws IOException {
		Files.createDirectories(this.folder.resolve("images"));
		Path file = this.folder.resolve("images/a.gif");
		Files.write(file, new byte[] { 'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 1 });
		String before = ImageSizes.in(ContentRoot.of(this.folder.toString())).find("/images/a.gif").orElseThrow()
			.version();
		Files.write(file, new byte[] { 'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 2 });
		String after = ImageSizes.in(ContentRoot.of(this.folder.toString())).find("/images/a.gif").orElseThrow()
			.version();
		assertThat(before).hasSize(16).isNotEqualTo(after);
	}

	@Test
	void twoCataloguesOfUnchangedImagesAreEqual() throws IOException {
		Files.createDirectories(this.folder.resolve("images"));
		Files.write(this.folder.resolve("images/a.gif"), new byte[] { 'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0 });
		ContentRoot root = ContentRoot.of(this.folder.toString());
		List<String> names = root.files();
		assertThat(ImageSizes.in(root, names)).isEqualTo(ImageSizes.in(root, names));
		Files.write(this.folder.resolve("images/b.gif"), new byte[] { 'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0 });
		assertThat(ImageSizes.in(root, root.files())).isNotEqualTo(ImageSizes.in(root, names));
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static DataInputStream stream(byte[] bytes) {
		return new DataInputStream(new ByteArrayInputStream(bytes));
	}

}
