export declare const TABLE_YEARS: { from: number; to: number };
/** England & Wales bank holidays by year: { "2024": [["2024-01-01", "New Year's Day"], ...] }. */
export declare function bankHolidayTable(years?: { from: number; to: number }): Record<string, [date: string, name: string][]>;
