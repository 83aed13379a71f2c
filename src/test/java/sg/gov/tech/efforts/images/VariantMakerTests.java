package sg.gov.tech.efforts.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.body.TestImages;
import sg.gov.tech.efforts.model.ImageFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class VariantMakerTests {

	private final VariantMaker maker = new VariantMaker(0.8f, 0.82f);

	@Test
	void aCopyOfAPhotoTakenSidewaysStandsUpright() throws IOException {
		// stored 400 wide and 200 high, shown turned a quarter clockwise: 200 wide and 400 high
		byte[] photo = TestImages.jpegWithGps(400, 200, 6);
		ImageFile image = new ImageFile("/images/sideways.jpg", "jpeg", 200, 400, 6, "0123456789abcdef", "");
		BufferedImage copy = read(this.maker.make(image, stream(photo), 100, false));
		assertThat(copy.getWidth() + "x" + copy.getHeight()).isEqualTo("100x200");
	}

	@Test
	void aWebpCopyHasTheWidthAskedForInProportion() throws IOException {
		ImageFile image = new ImageFile("/images/a.png", "png", 1000, 500, 1, "0123456789abcdef", "");
		BufferedImage copy = read(this.maker.make(image, stream(TestImages.png(1000, 500)), 320, true));
		assertThat(copy.getWidth() + "x" + copy.getHeight()).isEqualTo("320x160");
	}

	@Test
	void aFileThatIsNotTheImageItsNameSaysIsRefused() {
		ImageFile image = new ImageFile("/images/a.jpg", "jpeg", 100, 100, 1, "0123456789abcdef", "");
		byte[] noise = new byte[2048];
		noise[0] = (byte) 0xFF;
		noise[1] = (byte) 0xD8;
		assertThatIOException().isThrownBy(() -> this.maker.make(image, stream(noise), 64, true));
	}

	private static MemoryCacheImageInputStream stream(byte[] bytes) {
		return new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes));
	}

	private static BufferedImage read(byte[] bytes) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(bytes));
	}

}
