using Porta.Questions;

namespace Porta.Tests.Questions;

public sealed class QuestionStatusRulesTests
{
    [Theory]
    [InlineData(QuestionStatus.New, QuestionStatus.Open)]
    [InlineData(QuestionStatus.New, QuestionStatus.Answered)]
    [InlineData(QuestionStatus.Open, QuestionStatus.Transferred)]
    [InlineData(QuestionStatus.Transferred, QuestionStatus.Open)]
    [InlineData(QuestionStatus.Open, QuestionStatus.WaitingForPerson)]
    [InlineData(QuestionStatus.WaitingForPerson, QuestionStatus.Open)]
    [InlineData(QuestionStatus.Answered, QuestionStatus.Closed)]
    [InlineData(QuestionStatus.Closed, QuestionStatus.Open)]
    public void Allows_the_life_of_a_question(QuestionStatus from, QuestionStatus to) =>
        Assert.True(QuestionStatusRules.CanMove(from, to));

    [Theory]
    [InlineData(QuestionStatus.Closed, QuestionStatus.Closed)]
    [InlineData(QuestionStatus.Closed, QuestionStatus.Answered)]
    [InlineData(QuestionStatus.Closed, QuestionStatus.Transferred)]
    [InlineData(QuestionStatus.Open, QuestionStatus.New)]
    [InlineData(QuestionStatus.Answered, QuestionStatus.New)]
    [InlineData(QuestionStatus.Open, QuestionStatus.Open)]
    public void Refuses_changes_that_make_no_sense(QuestionStatus from, QuestionStatus to) =>
        Assert.False(QuestionStatusRules.CanMove(from, to));

    [Fact]
    public void Refusing_leaves_the_question_as_it_was()
    {
        var question = new Question { RegistrationNumber = "123-4567-89002", TrackingTokenHash = [], Language = "fr", Subject = "s", Status = QuestionStatus.Closed };
        var refused = Assert.Throws<InvalidTransitionException>(() => QuestionStatusRules.Move(question, QuestionStatus.Answered));
        Assert.Equal(QuestionStatus.Closed, question.Status);
        Assert.Equal(QuestionStatus.Closed, refused.From);
    }

    [Theory]
    [InlineData(QuestionStatus.Closed, QuestionStatus.Open)]
    [InlineData(QuestionStatus.Answered, QuestionStatus.Open)]
    [InlineData(QuestionStatus.WaitingForPerson, QuestionStatus.Open)]
    [InlineData(QuestionStatus.Transferred, QuestionStatus.Transferred)]
    [InlineData(QuestionStatus.New, QuestionStatus.New)]
    public void A_new_message_from_the_person_reopens_what_was_finished_or_waiting(QuestionStatus before, QuestionStatus after) =>
        Assert.Equal(after, QuestionStatusRules.AfterInboundMessage(before));

    [Fact]
    public void Every_status_has_rules_and_nothing_goes_back_to_new()
    {
        foreach (var from in Enum.GetValues<QuestionStatus>())
        {
            Assert.False(QuestionStatusRules.CanMove(from, QuestionStatus.New));
        }
    }
}
