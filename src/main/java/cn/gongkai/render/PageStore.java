package cn.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * JBake's content store, in memory: the planned pages' documents in a list. JBake's renderer and
 * template engines are built on a store; ours answers only what the render loop asks (add, what is
 * left to render, mark rendered), since the pages are planned by our own code and no JBake model
 * extractor reads the store. The database JBake would open (OrientDB) is not on the class path.
 */
final class PageStore extends ContentStore {
  private final List<DocumentModel> documents = new ArrayList<>();

  PageStore() {
    super("memory", "gongkai");
  }

  @Override
  public void addDocument(DocumentModel document) {
    documents.add(document);
  }

  @Override
  public DocumentList<DocumentModel> getUnrenderedContent() {
    DocumentList<DocumentModel> list = new DocumentList<>();
    documents.stream().filter(d -> !Boolean.TRUE.equals(d.getRendered())).forEach(list::add);
    return list;
  }

  @Override
  public void markContentAsRendered(DocumentModel document) {
    document.setRendered(true);
  }
}
