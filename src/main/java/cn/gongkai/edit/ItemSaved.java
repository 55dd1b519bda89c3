package cn.gongkai.edit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A saved item: its file and its attachments, each written once and whole. {@code shown} is the item's path as messages show it. */
public record ItemSaved(Path item, String shown, List<Path> attachments) {
  public ItemSaved {
    attachments = List.copyOf(attachments);
  }

  /** Every file written, attachments first (the item is written last, once what it lists is there). */
  public List<Path> written() {
    List<Path> all = new ArrayList<>(attachments);
    all.add(item);
    return List.copyOf(all);
  }
}
