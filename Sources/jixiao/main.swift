import JixiaoKit
import Foundation
let r = FormReader.read(paths: Array(CommandLine.arguments.dropFirst()))
print(FormJSON.document(r.forms), terminator: "")
for d in r.diagnostics { FileHandle.standardError.write(Data("\(d)\n".utf8)) }
