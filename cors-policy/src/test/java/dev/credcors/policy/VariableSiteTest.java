package dev.credcors.policy;

import static dev.credcors.policy.Policies.assertOnly;
import static dev.credcors.policy.Policies.patterns;
import static dev.credcors.policy.Policies.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The registrable domain a pattern accepts must be written out: a quantifier, optional character or
 * class at or right of it lets an attacker register a variant.
 */
class VariableSiteTest {

  private static final Attribute AT = Attribute.ORIGIN_PATTERNS;

  @ParameterizedTest(name = "{0} admits {1}")
  @CsvSource(
      delimiter = ' ',
      value = {
        // an optional last character: the shorter top-level domain
        "^https://app\\.example\\.com?$ https://app.example.co example.com example.co",
        // an optional character inside the registrable label
        "^https://app\\.examp?le\\.com$ https://app.examle.com example.com examle.com",
        // an optional class group: a new label under the public suffix com.co
        "^https://app\\.example\\.com(\\.[a-z]{2})?$ https://app.example.com.co example.com"
            + " example.com.co",
        // a class that extends the top-level domain into another real one
        "^https://app\\.example\\.com\\w*$ https://app.example.community example.com"
            + " example.community",
        // a repeated character doubled
        "^https://app\\.exam+ple\\.com$ https://app.exammple.com example.com exammple.com",
        "^https://app\\.example\\.com{1,2}$ https://app.example.comm example.com example.comm",
        // a class inside the registrable label
        "^https://app\\.ex[a-z]mple\\.com$ https://app.exxmple.com example.com exxmple.com",
        "^https://app\\.exampl[e3]\\.com$ https://app.exampl3.com example.com exampl3.com",
        "^https://app\\.example\\.c[o0]m$ https://app.example.c0m example.com example.c0m",
        // an optional class character
        "^https://app\\.example[0-9]?\\.com$ https://app.example0.com example.com example0.com",
        // an optional dot merges two labels of a public suffix
        "^https://app\\.example\\.co\\.?uk$ https://app.example.couk example.co.uk example.couk",
        // an optional letter at the end of the registrable label
        "^https://app\\.examples?\\.com$ https://app.example.com examples.com example.com",
      })
  void rejectsVariableRegistrableDomain(
      String pattern, String admitted, String intendedSite, String otherSite) {
    assertOnly(
        validate(patterns(pattern)),
        AT,
        0,
        Message.PERMISSIVE_VARIABLE_SITE,
        admitted,
        pattern,
        intendedSite,
        otherSite);
  }

  @Test
  void messageQuotesTheOriginAndBothDomains() {
    assertThat(validate(patterns("^https://app\\.example\\.com?$")).get(0).text())
        .isEqualTo(
            "[permissive-pattern] @CredentialedCors.originPatterns must not accept"
                + " \"https://app.example.co\", but \"^https://app\\.example\\.com?$\" does: a"
                + " quantifier, optional part or class lets the registrable domain vary from"
                + " \"example.com\" to \"example.co\", which anyone can register; spell the"
                + " registrable domain out literally and list any other as an explicit"
                + " alternative, e.g. \"\\.example\\.(com|org)$\"");
  }

  @Test
  void pointsAtTheEntryAtFault() {
    List<Violation> violations =
        validate(
            patterns("^https://[a-z0-9-]+\\.example\\.com$", "^https://app\\.examp?le\\.com$"));
    assertOnly(
        violations,
        AT,
        1,
        Message.PERMISSIVE_VARIABLE_SITE,
        "https://app.examle.com",
        "^https://app\\.examp?le\\.com$",
        "example.com",
        "examle.com");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // explicit literal alternatives are intended, whatever registrable domains they name
        "^https://app\\.example\\.(com|org|net)$",
        "^https://app\\.example\\.(?:com|co)$",
        "^https://app\\.(example|exmaple)\\.com$",
        "^https://(www|app)\\.example\\.(com|co\\.uk)$",
        // an optional group of literal text spells out two alternatives
        "^https://(www\\.)?example\\.com$",
        "^https://(?:www\\.)?example\\.com$",
        "^https://example\\.com(\\.au)?$",
        "^https://app\\.example(-staging)?\\.com$",
        "^https://app\\.example(\\.co)?\\.uk$",
        // variable parts left of the registrable domain, or in the port
        "^https://[a-z0-9-]+\\.example\\.com$",
        "^https://app[0-9]?\\.example\\.com$",
        "^https://pr-[0-9]+\\.preview\\.example\\.com$",
        "^https://[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.example\\.com$",
        "^https://app\\.example\\.com(:[0-9]{1,5})?$",
        "^https://[a-z]+\\.example\\.(?:com|org)(?::\\d+)?$",
        "(?i)^https://APP\\.EXAMPLE\\.COM$",
        // IP addresses are not registered; a range of them is a deliberate choice
        "^https://192\\.0\\.2\\.[0-9]{1,3}$",
        "^https://10\\.0\\.[0-9]+\\.[0-9]+(:[0-9]+)?$"
      })
  void acceptsFixedRegistrableDomain(String pattern) {
    assertThat(validate(patterns(pattern))).isEmpty();
  }

  @Test
  void loopbackPatternWithVariablePortIsOnlyAWarning() {
    String pattern = "^https?://localhost(:[0-9]+)?$";
    assertOnly(
        validate(patterns(pattern)), AT, 0, Message.LOOPBACK_PATTERN, "http://localhost", pattern);
  }
}
