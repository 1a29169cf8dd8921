// The enrolment's QR code, drawn from the modules the server computed (one string of 0/1 per
// row): one SVG path, no image URL (the page's CSP allows images from this origin only).
export function QrCode({ rows, label }: { rows: readonly string[]; label: string }) {
  const size = rows.length + 8; // a quiet zone of four modules on each side
  let d = "";
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) if (row[x] === "1") d += `M${x + 4} ${y + 4}h1v1h-1z`;
  });
  return (
    <svg
      className="qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      width={size * 5}
      height={size * 5}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
