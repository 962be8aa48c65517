/**
 * Text with each financial or academic year ("2017-18", "2018/19") kept on
 * one line: a narrow column header may wrap between words ("Year end" /
 * "2017-18"), never at the year's hyphen ("2017-" / "18").
 */
export function YearsWhole({ text }: { text: string }) {
  const parts = text.split(/(\d{4}[-/]\d{2,4})/)
  return parts.map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} className="keep-together">
        {part}
      </span>
    ) : (
      part
    ),
  )
}
