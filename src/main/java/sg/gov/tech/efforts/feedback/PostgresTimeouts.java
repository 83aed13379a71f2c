package sg.gov.tech.efforts.feedback;

import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * PostgreSQL's driver waits forever by default for a server that accepts connections but never answers, and the pool
 * holds a lock while it connects: these bounds (seconds) keep a hung database from holding any thread for long. A
 * setting written in {@code spring.datasource.url} (or {@code spring.datasource.hikari.data-source-properties}) wins.
 */
final class PostgresTimeouts implements BeanPostProcessor {

	static final Map<String, String> BOUNDS = Map.of("connectTimeout", "2", "loginTimeout", "3", "socketTimeout", "10");

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
				&& pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
			BOUNDS.forEach((name, seconds) -> {
				if (!pool.getDataSourceProperties().containsKey(name) && !pool.getJdbcUrl().contains(name + "=")) {
					pool.addDataSourceProperty(name, seconds);
				}
			});
		}
		return bean;
	}

}
