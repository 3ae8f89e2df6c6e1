import { type Messages } from '../catalogue.js';

/** 1,000,000: grouped by hand, so a text does not depend on the ICU data Node ships with. */
const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export const imports: Messages['imports'] = {
  columns: {
    departmentNumber: 'Department',
    unit: 'Unit',
    address: 'Address',
    postcode: 'Postcode',
    city: 'City',
    tenantName: 'Name',
    cpr: 'CPR number',
    monthlyRentOre: 'Monthly rent',
    arrearsOre: 'Arrears',
    dueDate: 'Due date',
    childrenUnder18: 'Children under 18',
  },
  listAnd: 'and',
  upload: {
    IMPORT_UNSUPPORTED_FILE:
      'Send the arrears list as CSV, an Excel workbook (.xlsx) or JSON, either as a file (multipart/form-data, field "file") or directly with Content-Type text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.',
    IMPORT_UPLOAD_INCOMPLETE:
      'The file was not received in full: the connection was interrupted, or the upload form ended too early. Nothing was saved. Send the file again.',
    IMPORT_UPLOAD_MALFORMED:
      'The upload form cannot be read (malformed multipart/form-data). Nothing was saved. Send the file again.',
    IMPORT_ONE_FILE_ONLY: 'Send one arrears list at a time. Nothing was saved.',
    IMPORT_FILE_MISSING: 'The form holds no file. Attach the arrears list in the field "file".',
    fileField: 'Attach the arrears list here.',
    IMPORT_FILE_TOO_LARGE: (p) =>
      `The file is larger than ${p.size}. Split the list into several files and send them one by one. Nothing was saved.`,
    IMPORT_EMPTY_FILE: 'The file is empty. Nothing was saved.',
  },
  file: {
    IMPORT_EMPTY_FILE: 'The file is empty. The first line must hold the column headers.',
    IMPORT_MISSING_COLUMNS: (p) =>
      `The file is missing the ${p.count === '1' ? 'column' : 'columns'} ${p.columns}. The first line must hold the column headers, e.g. Department;Unit;Address;Name;Rent;Arrears;Due date.`,
    missingColumn: (p) => `The column ${p.column} is missing from the first line.`,
    IMPORT_DUPLICATE_COLUMNS: (p) =>
      `The first line has more than one column for the same thing: ${p.names}. Keep only one of each.`,
    duplicateColumn: (p) => `${p.names} are the same column. Keep only one of them.`,
    csvUnreadable: (p) => `The file cannot be read as CSV: ${p.reason}.`,
    csvQuoteNotClosed: (p) => `a quote (") in the row starting on line ${p.line} is never closed`,
    csvRecordTooLong: (p) =>
      `the row starting on line ${p.line} is over ${grouped(p.max)} characters long, often because a quote (") is not closed`,
    csvQuotesMisplaced: (p) => `the row starting on line ${p.line} has quotes (") in the wrong place`,
    jsonUnreadable:
      'The file cannot be read as JSON. Check that it is valid JSON, e.g. with commas between the rows and none after the last.',
    IMPORT_NOT_AN_ARRAY: 'The JSON file must be an array of rows: [ { ... }, { ... } ].',
    IMPORT_TOO_MANY_ROWS: (p) => `The file has more than ${grouped(p.max)} rows. Split it into several files.`,
    IMPORT_NOT_A_WORKBOOK:
      'The file is not an Excel workbook (.xlsx). In Excel, save the list as "Excel Workbook (*.xlsx)" or as "CSV (semicolon delimited)" and try again.',
  },
  row: {
    mustBeText: (p) => `${p.column} must be text.`,
    required: (p) => `${p.column} is required.`,
    unreadable: (p) =>
      `${p.column} contains characters that cannot be read (�). Correct them in the file and import the list again.`,
    unstorable: (p) =>
      `${p.column} contains a character that cannot be stored (a NUL character, for example). Remove it and import the list again.`,
    tooLong: (p) => `${p.column} must be at most ${p.max} characters.`,
    amountZero: (p) => `${p.column} must be more than DKK 0.`,
    amountNegative: (p) => `${p.column} must not be negative.`,
    amountDecimals: (p) => `${p.column} may have at most 2 decimals (øre).`,
    amountTooLarge: (p) => `${p.column} must be at most DKK ${p.max}.`,
    amountFormat: (p) => `${p.column} must be an amount in kroner, written the Danish way, e.g. 1.234,50.`,
    postcode: (p) => `${p.column} must be 4 digits, e.g. 2100.`,
    cprNineDigits: (p) =>
      `${p.column} has only 9 digits. Excel often drops a leading 0: format the column as text, correct the number and save again.`,
    cprDate: (p) => `${p.column} does not contain a valid birth date.`,
    cprFormat: (p) => `${p.column} must be 10 digits, written DDMMYYXXXX or DDMMYY-XXXX.`,
    dateNotADay: (p) => `${p.column} is not a day in the calendar (30-02 does not exist, for example).`,
    dateOutOfRange: (p) => `${p.column} must fall in the years ${p.first}–${p.last}.`,
    dateFormat: (p) => `${p.column} must be a date written dd-mm-yyyy or yyyy-mm-dd, e.g. 01-03-2025.`,
    children: (p) => `${p.column} must be a whole number from 0 to ${p.max}.`,
    notAnObject: (p) => `Row ${p.row} must be an object with fields such as departmentNumber, unit and arrears.`,
    duplicateField: (p) => `${p.column} appears more than once in the row under different names. Keep only one.`,
    unknownDepartment: (p) => `${p.column} ${p.department} does not exist in the housing organisation.`,
    duplicateRow: (p) =>
      `${p.column} ${p.unit} with due date ${p.dueDate} appears more than once in the file; only the first row was used.`,
    refused: (p) =>
      `The row could not be saved: ${p.reason}. Correct the row and import the list again; the other rows are saved.`,
    refusedCharacter: 'a character that cannot be stored, such as NUL',
    refusedTooLong: 'a value is too long',
    refusedNumber: 'a number is too large',
    refusedRule: "a value breaks one of the system's rules",
    refusedForm: 'a value has a form the database cannot store',
  },
  IMPORT_PROCESSING_FAILED: (p) =>
    `The list could not be imported to the end: all ${p.attempts} attempts at processing it failed. Rows already saved are kept, and the list can safely be imported again. If it happens again, contact support and give the import's id.`,
};
