package de.anliegen.support;

import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The portal's tests, one half of the dev-mode tests: Failsafe runs the two halves at once, each in a fork with a
 * server of its own (ear/pom.xml, arquillian.xml, ADR 29). The halves are cut where they take about as long; the
 * other is {@link ProductServerTests}.
 */
@Suite
@SelectPackages("de.anliegen.portal")
@IncludeClassNamePatterns(".*IT")
@ExcludeTags({"production-mode", "cluster"})
public class PortalServerTests {}
