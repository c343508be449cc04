// Every export format registers itself with formats.ts when its module is imported: one line a
// format, here.
import './jsonFormat.ts'
import './werkraumFormat.ts'
import './svg.ts'
import './png.ts'
import './pdf/boardPdfFormat.ts'
import './csv.ts'
import './ods.ts'
import './xlsx.ts'
import './report/markdownFormat.ts'
import './report/docxFormat.ts'
import './report/odtFormat.ts'
