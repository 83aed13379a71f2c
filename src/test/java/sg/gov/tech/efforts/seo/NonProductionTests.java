package sg.gov.tech.efforts.seo;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A staging or test deployment keeps search engines out entirely. */
@SpringBootTest(properties = { "site.indexing=false", "site.base-url=https://staging.example.gov.sg" })
@AutoConfigureMockMvc
class NonProductionTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void pagesAskNotToBeListedAndStillNameTheirCanonicalUrl() throws Exception {
		String path = "/about-us/what-we-do/our-digital-government-efforts/sustainability/";
		Document page = Jsoup.parse(this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(page.select("meta[name=robots]").attr("content")).contains("noindex");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://staging.example.gov.sg" + path);
	}

}
