package sg.gov.tech.efforts.body;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;

import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.source.ContentRoot;

import static org.assertj.core.api.Assertions.assertThat;

class ImageSizesTests {

	private final ImageSizes sizes = ImageSizes.in(ContentRoot.of("classpath:content/"));

	@Test
	void readsTheSizeOfTheContentRootsOwnPng() {
		assertThat(this.sizes.of("/images/Placeholders/Screenshot_2023_11_10_at_12_20_50_PM.png"))
			.contains(new ImageSizes.Size(960, 540));
	}

	@Test
	void readsGifAndJpegHeaders() throws IOException {
		byte[] gif = { 'G', 'I', 'F', '8', '9', 'a', 0x40, 0x01, (byte) 0xF0, 0x00 };
		assertThat(ImageSizes.read(stream(gif))).contains(new ImageSizes.Size(320, 240));
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x04, 0x00, 0x00, (byte) 0xFF,
				(byte) 0xC0, 0x00, 0x11, 0x08, 0x02, 0x1C, 0x03, (byte) 0xC0 };
		assertThat(ImageSizes.read(stream(jpeg))).contains(new ImageSizes.Size(960, 540));
		assertThat(ImageSizes.read(stream(new byte[] { '<', 's', 'v', 'g' }))).isEmpty();
	}

	@Test
	void externalMissingAndEscapingImagesHaveNoSize() {
		assertThat(this.sizes.of("https://example.org/images/photo.png")).isEmpty();
		assertThat(this.sizes.of("/images/none.png")).isEmpty();
		assertThat(this.sizes.of("/images/../our-digital-government-efforts.md")).isEmpty();
		assertThat(ImageSizes.NONE.of("/images/Placeholders/Screenshot_2023_11_10_at_12_20_50_PM.png")).isEmpty();
	}

	private static DataInputStream stream(byte[] bytes) {
		return new DataInputStream(new ByteArrayInputStream(bytes));
	}

}
