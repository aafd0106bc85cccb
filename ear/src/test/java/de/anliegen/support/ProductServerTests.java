package de.anliegen.support;

import org.junit.platform.suite.api.ExcludePackages;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Every dev-mode test but the portal's ({@link PortalServerTests}): the API, the stream, the app, the website, TLS and
 * the contracts, on a server of their own beside the portal's (ADR 29).
 */
@Suite
@SelectPackages("de.anliegen")
@ExcludePackages("de.anliegen.portal")
@IncludeClassNamePatterns(".*IT")
@ExcludeTags({"production-mode", "cluster"})
public class ProductServerTests {}
