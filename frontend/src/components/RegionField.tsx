// The country national numbers are read in (see region.ts), for the contact form and import.
export function RegionField({
  region,
  setRegion,
}: {
  region: string;
  setRegion: (value: string) => void;
}) {
  return (
    <label>
      Country of numbers without +country code (two letters, e.g. US, GB)
      <input
        value={region}
        maxLength={2}
        pattern="[A-Za-z]{2}"
        autoComplete="country"
        onChange={(e) => setRegion(e.target.value)}
      />
    </label>
  );
}
