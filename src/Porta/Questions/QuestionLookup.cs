using Microsoft.EntityFrameworkCore;
using Porta.Infrastructure;

namespace Porta.Questions;

internal static class QuestionLookup
{
    /// <summary>The question with this number in the current organisation, with its person, ready to change.
    /// A malformed number, an unknown one and another organisation's all answer the same 404.</summary>
    public static async Task<Question> GetByNumberAsync(this PortaDbContext db, string registrationNumber, CancellationToken cancellationToken)
    {
        var number = RegistrationNumber.Normalise(registrationNumber);
        return (number is null ? null : await db.Questions.Include(q => q.Person).FirstOrDefaultAsync(q => q.RegistrationNumber == number, cancellationToken))
            ?? throw new NotFoundException("The question");
    }
}
