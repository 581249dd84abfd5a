import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step of the command-line distribution (run by Maven with Java's source launcher and ASM on the class path):
 * {@code java ClassFileVersions.java DIR} rewrites the class files older than Java 6 (version 50) in the jars of DIR
 * as version 50 with stack map frames, instruction for instruction the same code.
 *
 * Why: the JDK's class-data sharing cannot archive such old class files, nor any class that extends one, and the JVM
 * verifies them with its slow type-inferring verifier at every start. picocli (Java 5), the ANTLR 3.2 runtime
 * (Java 1.4, and with it the whole generated DiaC parser that extends it), reload4j and EMF's XMI support are such
 * jars; archived, a small validation took 0.76x the time (measured back to back). A class whose frames cannot be
 * computed (it names a type that is not on the class path) is left as it is.
 */
public class ClassFileVersions {

	public static void main(String[] args) throws IOException {
		Path directory = Path.of(args[0]);
		List<Path> jars = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.jar")) {
			stream.forEach(jars::add);
		}
		List<URL> urls = new ArrayList<>();
		for (Path jar : jars) {
			urls.add(jar.toUri().toURL());
		}
		// frames need the common super class of two types: the distribution's class path answers
		try (URLClassLoader classPath = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
			for (Path jar : jars) {
				if (hasOldClassFiles(jar)) {
					rewrite(jar, classPath);
				}
			}
		}
	}

	private static boolean isOld(byte[] classFile) {
		int major = (classFile[6] & 0xff) << 8 | classFile[7] & 0xff;
		return major < Opcodes.V1_6;
	}

	private static boolean isClassFile(ZipEntry entry) {
		return entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/");
	}

	private static boolean hasOldClassFiles(Path jar) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				if (isClassFile(entry)) {
					try (InputStream in = zip.getInputStream(entry)) {
						if (isOld(in.readNBytes(8))) {
							return true;
						}
					}
				}
			}
		}
		return false;
	}

	private static void rewrite(Path jar, ClassLoader classPath) throws IOException {
		Path copy = jar.resolveSibling(jar.getFileName() + ".tmp");
		int rewritten = 0;
		List<String> kept = new ArrayList<>();
		try (ZipFile zip = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				byte[] bytes;
				try (InputStream in = zip.getInputStream(entry)) {
					bytes = in.readAllBytes();
				}
				if (isClassFile(entry) && isOld(bytes)) {
					try {
						bytes = version50(bytes, classPath);
						rewritten++;
					} catch (RuntimeException e) {
						kept.add(entry.getName());
					}
				}
				ZipEntry copied = new ZipEntry(entry.getName());
				copied.setTime(entry.getTime());
				out.putNextEntry(copied);
				out.write(bytes);
				out.closeEntry();
			}
		}
		Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		System.out.println("ClassFileVersions: " + jar.getFileName() + ": " + rewritten + " class files as version 50"
				+ (kept.isEmpty() ? "" : ", " + kept.size() + " left as they were " + kept));
	}

	private static byte[] version50(byte[] classFile, ClassLoader classPath) {
		ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
			@Override
			protected ClassLoader getClassLoader() {
				return classPath;
			}
		};
		new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
			@Override
			public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
				super.visit(Opcodes.V1_6, access, name, signature, superName, interfaces);
			}
		}, ClassReader.SKIP_FRAMES);
		return writer.toByteArray();
	}
}
