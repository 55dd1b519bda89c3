package cn.gongkai.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One save's writes: whole files under their names, never over an existing file, undone together. */
class ItemWritesTest {
  @TempDir Path dir;

  @Test
  void writesWholeFilesAndLeavesNoTemporaryFile() throws Exception {
    ItemWrites w = new ItemWrites();
    w.folder(dir.resolve("content/policy"));
    Path a = dir.resolve("content/policy/a.pdf");
    w.write(a, new byte[] {1, 2, 3});
    assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(a));
    assertEquals(List.of(a), w.written());
    try (Stream<Path> files = Files.list(a.getParent())) {
      assertEquals(List.of("a.pdf"), files.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void anExistingFileIsNeverReplacedAndTheSaveIsUndone() throws Exception {
    Path folder = dir.resolve("content/new-column");
    Path taken = dir.resolve("content/taken.md");
    Files.createDirectories(taken.getParent());
    Files.writeString(taken, "别人的文件");
    ItemWrites w = new ItemWrites();
    w.folder(folder);
    w.write(folder.resolve("a.pdf"), new byte[] {1});
    assertThrows(FileAlreadyExistsException.class, () -> w.write(taken, new byte[] {2}));
    assertEquals("别人的文件", Files.readString(taken));
    w.undo();
    assertFalse(Files.exists(folder), "the folder this save made is removed with its file");
    assertTrue(Files.exists(taken));
    try (Stream<Path> files = Files.list(taken.getParent())) {
      assertEquals(List.of("taken.md"), files.map(p -> p.getFileName().toString()).toList(), "no temporary file left");
    }
  }

  @Test
  void undoKeepsAFolderThatWasThereBefore() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("content/policy"));
    ItemWrites w = new ItemWrites();
    w.folder(folder);
    w.write(folder.resolve("b.pdf"), new byte[] {1});
    w.undo();
    assertTrue(Files.isDirectory(folder));
    assertFalse(Files.exists(folder.resolve("b.pdf")));
  }
}
