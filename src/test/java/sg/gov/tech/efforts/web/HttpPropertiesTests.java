package sg.gov.tech.efforts.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HttpPropertiesTests {

	@Test
	void hstsHeaderFollowsTheSettings() {
		assertThat(new HttpProperties(Duration.ofDays(365), true, Duration.ofMinutes(10)).strictTransportSecurity())
			.isEqualTo("max-age=31536000; includeSubDomains");
		assertThat(new HttpProperties(Duration.ofDays(2), false, Duration.ofMinutes(10)).strictTransportSecurity())
			.isEqualTo("max-age=172800");
	}

}
