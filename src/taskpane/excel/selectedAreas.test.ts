import { selectedAreas } from './selectedAreas';

describe('selectedAreas', () => {
  it('splits on either separator, never inside a quoted sheet name', () => {
    expect(selectedAreas('Blad1!A1:D10,Blad1!F3')).toEqual(['Blad1!A1:D10', 'Blad1!F3']);
    expect(selectedAreas('Blad1!A1:D10;Blad1!F3')).toEqual(['Blad1!A1:D10', 'Blad1!F3']);
    expect(selectedAreas("'Budget, 2025; slutlig'!A1:D10,'Budget, 2025; slutlig'!F3")).toEqual([
      "'Budget, 2025; slutlig'!A1:D10",
      "'Budget, 2025; slutlig'!F3",
    ]);
    expect(selectedAreas("'Kalles ''bästa'', blad'!B2")).toEqual(["'Kalles ''bästa'', blad'!B2"]);
  });

  it('gives one area for a plain selection, whole columns and the whole sheet included', () => {
    expect(selectedAreas('Blad1!B3')).toEqual(['Blad1!B3']);
    expect(selectedAreas('Blad1!A:E')).toEqual(['Blad1!A:E']);
    expect(selectedAreas('Blad1!1:1048576')).toEqual(['Blad1!1:1048576']);
  });
});
