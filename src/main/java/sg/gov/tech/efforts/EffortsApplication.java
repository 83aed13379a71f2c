package sg.gov.tech.efforts;

import sg.gov.tech.efforts.ops.TerminationSignal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Serves GovTech's "Our Digital Government Efforts" page and a deep-linkable page for each effort area. */
@SpringBootApplication
public class EffortsApplication {

	public static void main(String[] args) {
		TerminationSignal.exitCleanlyOnTerm();
		SpringApplication.run(EffortsApplication.class, args);
	}

}
