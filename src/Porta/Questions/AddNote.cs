using Porta.Infrastructure;

namespace Porta.Questions;

internal sealed record NoteCommand(string RegistrationNumber, string Body, Actor Author);

/// <summary>An internal note: for colleagues, never shown to the person, allowed in every status.</summary>
internal sealed class AddNote(PortaDbContext db, TimeProvider time)
{
    public async Task<Message> HandleAsync(NoteCommand command, CancellationToken cancellationToken)
    {
        var question = await db.GetByNumberAsync(command.RegistrationNumber, cancellationToken);
        var now = time.GetUtcNow();
        var note = Message.Note(question, command.Body, command.Author, now);
        db.Messages.Add(note);
        question.Record(QuestionEventKind.NoteAdded, command.Author, now);
        await db.SaveChangesAsync(cancellationToken);
        return note;
    }
}
