/** 全国地方公共団体コード (JIS X 0402) check digit, so even fictional towns carry a valid-format code. */

/**
 * Check digit of the first five digits: weights 6,5,4,3,2; r = sum mod 11; digit = (11 − r) mod 10.
 * @throws RangeError unless given exactly five digits (programmer error).
 * @example lgCheckDigit('13101') // 6  (131016 千代田区)
 * @example lgCheckDigit('01100') // 2  (011002 札幌市)
 */
export function lgCheckDigit(firstFive: string): number {
  if (!/^\d{5}$/.test(firstFive)) throw new RangeError(`need five digits: ${firstFive}`);
  const weights = [6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 5; i++) sum += Number(firstFive[i]) * (weights[i] as number);
  return (11 - (sum % 11)) % 10;
}

/**
 * A full 6-digit code from prefecture number (1–47) and a 3-digit municipality number.
 * @example lgCode(13, 101) // '131016'
 */
export function lgCode(prefectureNumber: number, municipality: number): string {
  const five = `${String(prefectureNumber).padStart(2, '0')}${String(municipality).padStart(3, '0')}`;
  return `${five}${lgCheckDigit(five)}`;
}
