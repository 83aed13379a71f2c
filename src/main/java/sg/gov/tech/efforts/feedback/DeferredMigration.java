package sg.gov.tech.efforts.feedback;

import org.flywaydb.core.Flyway;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Spring Boot's Flyway, configured as usual ({@code spring.flyway.*}), but run when the feedback store first needs
 * its table rather than during startup: a database that is down or slow never stops or delays the site's start.
 * Without Boot's Flyway ({@code spring.flyway.enabled=false}, the schema kept by hand) there is nothing to run.
 */
final class DeferredMigration implements FlywayMigrationStrategy {

	private volatile Flyway flyway;

	private volatile boolean migrated;

	/** Called by Boot's migration initializer at startup: keeps Flyway for later instead of running it. */
	@Override
	public void migrate(Flyway flyway) {
		this.flyway = flyway;
	}

	/**
	 * Brings the schema up to date, once: later calls return at once.
	 * @throws org.flywaydb.core.api.FlywayException when the database cannot be reached or migrated
	 */
	void ensureMigrated() {
		if (this.migrated) {
			return;
		}
		synchronized (this) {
			Flyway pending = this.flyway;
			if (!this.migrated && pending != null) {
				pending.migrate();
			}
			this.migrated = true;
		}
	}

}
