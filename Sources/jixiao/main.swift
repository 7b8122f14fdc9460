// --- curses demo hook (throwaway, remove with Terminal/DemoScreen.swift) ---
if CommandLine.arguments.contains("--curses-demo") { runCursesDemo() }
// --- end of curses demo hook ---
print("jixiao")
