package cn.gongkai.render;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;

/**
 * JBake's content store, in memory. The pages are planned by our own code, so a database adds nothing
 * but start-up time (OrientDB takes 1.5–3 s to open, see notes/jbake-2.7.md §4) and a per-page query
 * that makes rendering quadratic. This store answers the queries JBake's renderer and model
 * extractors make from a list, so themes that use JBake's own model keys still work.
 */
final class PageStore extends ContentStore {
  private final List<DocumentModel> documents = new ArrayList<>();

  PageStore() {
    super("memory", "gongkai");
  }

  @Override
  public void startup() {
    // Nothing to open.
  }

  @Override
  public void close() {
    // Nothing to close.
  }

  @Override
  public void shutdown() {
    // Nothing to shut down.
  }

  @Override
  public void addDocument(DocumentModel document) {
    documents.add(document);
  }

  List<DocumentModel> documents() {
    return documents;
  }

  @Override
  public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
    // Every build is a full build: there is no cache.
  }

  @Override
  public long getDocumentCount(String docType) {
    return documents.stream().filter(d -> docType.equals(d.getType())).count();
  }

  @Override
  public long getPublishedCount(String docType) {
    return published(docType).size();
  }

  @Override
  public DocumentList<DocumentModel> getDocumentByUri(String uri) {
    return list(documents.stream().filter(d -> uri.equals(d.getUri())).toList());
  }

  @Override
  public DocumentList<DocumentModel> getDocumentStatus(String uri) {
    return list(documents.stream().filter(d -> uri.equals(d.get(ModelAttributes.SOURCE_URI))).toList());
  }

  @Override
  public DocumentList<DocumentModel> getPublishedContent(String docType) {
    return list(published(docType));
  }

  @Override
  public DocumentList<DocumentModel> getAllContent(String docType) {
    return list(documents.stream().filter(d -> docType.equals(d.getType())).toList());
  }

  @Override
  public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
    return getAllContent(docType);
  }

  @Override
  public DocumentList<DocumentModel> getUnrenderedContent() {
    return list(documents.stream().filter(d -> !Boolean.TRUE.equals(d.getRendered())).toList());
  }

  @Override
  public void markContentAsRendered(DocumentModel document) {
    document.setRendered(true);
  }

  @Override
  public void deleteContent(String uri) {
    documents.removeIf(d -> uri.equals(d.get(ModelAttributes.SOURCE_URI)));
  }

  @Override
  public void deleteAllByDocType(String docType) {
    documents.removeIf(d -> docType.equals(d.getType()));
  }

  @Override
  public Set<String> getTags() {
    return Set.of();
  }

  @Override
  public Set<String> getAllTags() {
    return Set.of();
  }

  private List<DocumentModel> published(String docType) {
    return documents.stream()
        .filter(d -> docType.equals(d.getType()) && ModelAttributes.Status.PUBLISHED.equals(d.getStatus()))
        .toList();
  }

  private static DocumentList<DocumentModel> list(List<DocumentModel> docs) {
    DocumentList<DocumentModel> list = new DocumentList<>();
    list.addAll(docs);
    return list;
  }
}
