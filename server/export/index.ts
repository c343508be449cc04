// Every export format registers itself with formats.ts when its module is imported: one line a
// format, here.
import './jsonFormat.ts'
import './werkraumFormat.ts'
import './svg.ts'
import './png.ts'
