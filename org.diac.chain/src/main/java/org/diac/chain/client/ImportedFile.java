package org.diac.chain.client;

/**
 * A local file a document imports, published with it: {@code path} relative to the document's folder and inside it
 * ({@code types/app.yaml}), as the document's {@code imports} name it.
 */
public record ImportedFile(String path, String content) {
}
