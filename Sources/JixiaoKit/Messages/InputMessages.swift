/// Texts about the inputs themselves: files and folders that cannot be read, bytes that are not
/// text, the encoding chosen (docs/reading.md, "Bytes").
public enum InputMessages: String, MessageKey {
    case noSuchFile, symlinkLoop, brokenSymlink, cannotOpen, cannotReadFolder, folderHoldsNoInput
    case notRegularFile, skippedSpecialFile
    case binaryFile, tooLarge, readFailed
    case badBytesReplaced, badBytesStrict, moreBadBytes
    case noFormFound, excerptTotal, layoutCut
    case fileKindFolder, fileKindFIFO, fileKindSocket, fileKindCharDevice, fileKindBlockDevice, fileKindOther

    public static let catalog: [Self: Message] = [
        .noSuchFile: Message("没有这个文件或文件夹", "no such file or directory"),
        .symlinkLoop: Message("符号链接循环（链接指向自己或互相指向），无法读取", "symbolic link loop (the link points back to itself), cannot be read"),
        .brokenSymlink: Message("符号链接指向不存在的文件：{1}", "symbolic link to a missing file: {1}"),
        .cannotOpen: Message("无法打开文件：{1}", "cannot open file: {1}"),
        .cannotReadFolder: Message("无法读取文件夹：{1}（其中的文件未读取）", "cannot read folder: {1} (its files were not read)"),
        .folderHoldsNoInput: Message("文件夹中没有可读取的 {1} 文件", "folder holds no {1} file"),
        .notRegularFile: Message("不是普通文件（{1}），未读取；管道请用 FIFO 或 /dev/stdin", "not a regular file ({1}), not read; for a pipe use a FIFO or /dev/stdin"),
        .skippedSpecialFile: Message("已跳过：不是普通文件（{1}）", "skipped: not a regular file ({1})"),
        .binaryFile: Message("二进制文件（偏移 {1} 处有 NUL 字节），不是文本导出", "binary file (NUL byte at offset {1}), not a text export"),
        .tooLarge: Message("输入超过 {1} MB 上限，未读取（管道的内容可先存为文件）", "input larger than the {1} MB limit, not read (save what a pipe sends to a file first)"),
        .readFailed: Message("读取文件出错：{1}", "cannot read file: {1}"),
        .badBytesReplaced: Message("按 {1} 读取：无效字节 {2} 已替换为 �", "read as {1}: invalid bytes {2} replaced by �"),
        .badBytesStrict: Message("按 {1} 读取：无效字节 {2}（--strict：文件未读取）", "read as {1}: invalid bytes {2} (--strict: file not read)"),
        .moreBadBytes: Message("另有 {1} 处无效字节（按 {2} 读取），均已替换为 �", "{1} more spots of invalid bytes (read as {2}), all replaced by �"),
        .noFormFound: Message("未找到表格（没有以“项目支出绩效目标表”结尾的行，也没有“项目名称”行）", "no form found (no line ending in 项目支出绩效目标表 and no 项目名称 row)"),
        .excerptTotal: Message("（共 {1} 字）", " ({1} characters in all)"),
        .layoutCut: Message("……（内容过长，以下未显示；全文见 jixiao show 或 jixiao export）", "…… (too long, the rest is not shown; jixiao show or jixiao export give it whole)"),
        .fileKindFolder: Message("文件夹", "folder"),
        .fileKindFIFO: Message("管道", "FIFO"),
        .fileKindSocket: Message("套接字", "socket"),
        .fileKindCharDevice: Message("字符设备", "character device"),
        .fileKindBlockDevice: Message("块设备", "block device"),
        .fileKindOther: Message("特殊文件", "special file"),
    ]
}
