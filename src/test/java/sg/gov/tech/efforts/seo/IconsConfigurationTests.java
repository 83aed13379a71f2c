package sg.gov.tech.efforts.seo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The icons browsers and phones fetch without being told, served where they look for them. */
@WebMvcTest(useDefaultFilters = false,
		includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = IconsConfiguration.class))
class IconsConfigurationTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void theFaviconIsServedAsAnIcon() throws Exception {
		assertThat(fetch("/favicon.ico").getContentType()).isIn("image/x-icon", "image/vnd.microsoft.icon");
	}

	@Test
	void theFaviconHoldsThreeSizes() throws Exception {
		ByteBuffer ico = ByteBuffer.wrap(fetch("/favicon.ico").getContentAsByteArray()).order(ByteOrder.LITTLE_ENDIAN);
		assertThat(ico.getShort(0)).isZero();
		// type 1: an icon, not a cursor
		assertThat(ico.getShort(2)).isEqualTo((short) 1);
		int count = ico.getShort(4);
		List<Integer> sizes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int entry = 6 + 16 * i;
			int length = ico.getInt(entry + 8);
			int offset = ico.getInt(entry + 12);
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(ico.array(), offset, length));
			assertThat(image.getWidth()).isEqualTo(Byte.toUnsignedInt(ico.get(entry)));
			sizes.add(image.getWidth());
		}
		assertThat(sizes).containsExactly(16, 32, 48);
	}

	@Test
	void theTouchIconIsAsLargeAsPhonesAskFor() throws Exception {
		BufferedImage touch = ImageIO.read(new ByteArrayInputStream(fetch("/apple-touch-icon.png").getContentAsByteArray()));
		assertThat(touch.getWidth()).isEqualTo(180);
		assertThat(touch.getHeight()).isEqualTo(180);
	}

	private MockHttpServletResponse fetch(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
	}

}
