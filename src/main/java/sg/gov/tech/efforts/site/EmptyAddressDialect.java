package sg.gov.tech.efforts.site;

import java.util.Set;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.processor.AbstractStandardExpressionAttributeTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * An empty address is no address: {@code th:href} and {@code th:src} whose value is empty (a link whose address the
 * URL policy refused, {@code Url.NONE}) leave the attribute out, so the link shows as text rather than leading back to
 * the page itself ({@code href=""}). Any other value is left to the standard processors, which run after these.
 */
final class EmptyAddressDialect extends AbstractProcessorDialect {

	EmptyAddressDialect() {
		// the standard dialect's precedence, so th:if, th:each and th:with have run before these
		super("Empty addresses", "th", StandardDialect.PROCESSOR_PRECEDENCE);
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new OmittedWhenEmpty(dialectPrefix, "href"), new OmittedWhenEmpty(dialectPrefix, "src"));
	}

	private static final class OmittedWhenEmpty extends AbstractStandardExpressionAttributeTagProcessor {

		OmittedWhenEmpty(String dialectPrefix, String attribute) {
			// just below the standard th:href and th:src (1000): these see the attribute first
			super(TemplateMode.HTML, dialectPrefix, attribute, 999, false, true);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, Object expressionResult, IElementTagStructureHandler structureHandler) {
			if (expressionResult == null || expressionResult.toString().isEmpty()) {
				structureHandler.removeAttribute(attributeName);
			}
		}

	}

}
