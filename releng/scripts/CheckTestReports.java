import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Fails (exit status 1) when a surefire XML report in the given folder records a failing or erroring test. Tycho
 * 4.0.13's UI-harness runs (useUIHarness with the IDE workbench application) end with "All tests passed" and a
 * successful build even when tests failed (seen 2026-12-02: a test that only calls
 * fail() passed the build); the reports are right, so the build reads them. Usage: java CheckTestReports.java DIR
 */
public final class CheckTestReports {

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]);
		int reports = 0;
		int broken = 0;
		if (Files.isDirectory(folder)) {
			try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "TEST-*.xml")) {
				for (Path file : files) {
					reports++;
					broken += brokenTests(file);
				}
			}
		}
		if (reports == 0) {
			// tests skipped (-DskipTests, -Dmaven.test.skip); a runtime that crashed first already failed the build
			System.out.println("CheckTestReports: no test report in " + folder);
			return;
		}
		if (broken > 0) {
			System.err.println("CheckTestReports: " + broken + " failing test(s) in " + folder);
			System.exit(1);
		}
		System.out.println("CheckTestReports: " + reports + " report(s), no failing test");
	}

	/** Prints each failing or erroring test case of one report and returns how many there are. */
	private static int brokenTests(Path report) throws Exception {
		Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile()).getDocumentElement();
		NodeList cases = suite.getElementsByTagName("testcase");
		int broken = 0;
		for (int i = 0; i < cases.getLength(); i++) {
			Element test = (Element) cases.item(i);
			if (test.getElementsByTagName("failure").getLength() > 0 || test.getElementsByTagName("error").getLength() > 0) {
				broken++;
				System.err.println("FAILED " + test.getAttribute("classname") + "." + test.getAttribute("name"));
			}
		}
		return broken;
	}
}
