import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Build step of the command-line distribution (run by Maven with Java's source launcher):
 * {@code java UnsignedJars.java DIR} rewrites every signed jar in DIR without its signature files and without the
 * per-entry digests of its manifest.
 *
 * Why: a signed jar makes the JVM check digests and an RSA signature while it loads the jar's classes, at every
 * start of {@code diac}, and class-data sharing (the start-up archive) leaves classes of signed jars out; the JVM
 * also reads a jar's whole manifest when it opens it, and the digests make those of Xtext and EMF 100-250 KB. The jars
 * were checked against their checksums when Maven downloaded them; on a flat class path, outside OSGi, nothing
 * else relies on the signatures (no JCE provider is registered from BouncyCastle).
 */
public class UnsignedJars {

	public static void main(String[] args) throws IOException {
		int rewritten = 0;
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
			for (Path jar : jars) {
				if (isSigned(jar)) {
					withoutSignature(jar);
					rewritten++;
				}
			}
		}
		System.out.println("UnsignedJars: " + rewritten + " jars in " + args[0] + " rewritten without signature files");
	}

	private static boolean isSignature(String name) {
		String upper = name.toUpperCase(Locale.ROOT);
		return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
				&& (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
	}

	private static boolean isSigned(Path jar) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			if (zip.stream().anyMatch(entry -> isSignature(entry.getName()))) {
				return true;
			}
			ZipEntry manifest = zip.getEntry(JarFile.MANIFEST_NAME);
			if (manifest == null) {
				return false;
			}
			try (InputStream in = zip.getInputStream(manifest)) {
				return new Manifest(in).getEntries().values().stream().anyMatch(UnsignedJars::onlyDigests);
			}
		}
	}

	/** A manifest section that only lists digests of one entry (what jarsigner writes). */
	private static boolean onlyDigests(Attributes attributes) {
		return !attributes.isEmpty() && attributes.keySet().stream().allMatch(name -> name.toString().toUpperCase(Locale.ROOT).endsWith("-DIGEST"));
	}

	private static void withoutSignature(Path jar) throws IOException {
		Path copy = jar.resolveSibling(jar.getFileName() + ".tmp");
		try (ZipFile zip = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				if (isSignature(entry.getName())) {
					continue;
				}
				ZipEntry copied = new ZipEntry(entry.getName());
				copied.setTime(entry.getTime());
				out.putNextEntry(copied);
				try (InputStream in = zip.getInputStream(entry)) {
					if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
						Manifest manifest = new Manifest(in);
						manifest.getEntries().values().removeIf(UnsignedJars::onlyDigests);
						manifest.write(out);
					} else {
						in.transferTo(out);
					}
				}
				out.closeEntry();
			}
		}
		Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}
}
